// Help › Glossary: the terms of the attention mechanism and where the app
// shows them.
#pragma once

#include <QDialog>

class QTextBrowser;

// A non-modal window, so it can stay open beside the canvas. The terms stay
// English in every language, as German AI teaching keeps them. The
// explanations follow the interface language.
class GlossaryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GlossaryDialog(QWidget *parent = nullptr);

    // Room for the whole glossary at the current font size, so presentation
    // mode and text zoom get a larger window.
    QSize sizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QTextBrowser *m_text;
};
