// A one-line label for text that changes on every frame of a drag.
#pragma once

#include <QWidget>

// Shows one line of plain text, elided at the right when it does not fit.
//
// QLabel::setText() calls updateGeometry(), which lays out every layout up to
// the main window (docks and toolbars included) on each new text. The size
// hint of a LiveLabel depends only on its font, so a new text repaints the
// label and nothing else. The full text is also the accessible name, the
// tooltip while elided, and what the context menu's Copy puts on the clipboard.
class LiveLabel : public QWidget
{
    Q_OBJECT

public:
    explicit LiveLabel(QWidget *parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString &text);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QString m_text;
    QAction *m_copyAction;
};
