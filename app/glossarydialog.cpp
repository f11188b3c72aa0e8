#include "glossarydialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QScreen>
#include <QTextBrowser>
#include <QVBoxLayout>

GlossaryDialog::GlossaryDialog(QWidget *parent)
    : QDialog(parent)
    , m_text(new QTextBrowser)
{
    setObjectName(QStringLiteral("glossaryDialog"));
    // Follows the window's text zoom and presentation mode, which a
    // separate window does not by default.
    setAttribute(Qt::WA_WindowPropagation);
    m_text->setObjectName(QStringLiteral("glossaryText"));
    m_text->setOpenLinks(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    retranslate();
}

QSize GlossaryDialog::sizeHint() const
{
    // About 70 characters a line and 30 lines, within the screen.
    const QFontMetrics metrics = fontMetrics();
    QSize size(metrics.averageCharWidth() * 70, metrics.lineSpacing() * 30);
    if (const QScreen *screen = this->screen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.9);
    return size;
}

void GlossaryDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void GlossaryDialog::retranslate()
{
    setWindowTitle(tr("Glossary"));

    // The terms are not passed through tr() because they read the same in
    // English and German.
    const std::pair<QString, QString> entries[] = {
        {QStringLiteral("Token"), tr("A word of the sentence; here, one arrow on the canvas.")},
        {QStringLiteral("Embedding"), tr("The vector of a token; here, the tip (x, y) of its arrow.")},
        {QStringLiteral("Query"),
         tr("The word whose attention is shown: q = W_Q·x. Pick it in the Query box or by clicking an "
            "arrow.")},
        {QStringLiteral("Key"),
         tr("Each word as a target of attention: kⱼ = W_K·xⱼ. With the default settings its score is q·kⱼ / "
            "√d_k.")},
        {QStringLiteral("Value"), tr("What each word adds to the output: vⱼ = W_V·xⱼ.")},
        {QStringLiteral("Softmax"),
         tr("Turns the scores into weights between 0 and 1 that sum to 1; a larger score gets a larger "
            "weight. The chart shows the weights.")},
        {QStringLiteral("Attention"),
         tr("The output Σ wⱼvⱼ, the mean of the values weighted by the attention weights; the dashed "
            "arrow on the canvas.")},
    };

    QString html = QStringLiteral("<p>%1</p><dl>")
                       .arg(tr("The terms of attention and where the app shows them.").toHtmlEscaped());
    for (const auto &[term, explanation] : entries)
        html += QStringLiteral("<dt><b>%1</b></dt><dd>%2</dd>").arg(term, explanation.toHtmlEscaped());
    html += QStringLiteral("</dl>");
    m_text->setHtml(html);
}
