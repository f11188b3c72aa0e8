#include "livelabel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHelpEvent>
#include <QPainter>
#include <QStyle>
#include <QToolTip>

namespace {

// Space on each side of the text, in device-independent pixels.
constexpr int kMargin = 3;

} // namespace

LiveLabel::LiveLabel(QWidget *parent)
    : QWidget(parent)
    , m_copyAction(new QAction(this))
{
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);

    // The label paints its own background, so a repaint stops at the label
    // and never reaches the panels behind it.
    setAttribute(Qt::WA_OpaquePaintEvent);

    m_copyAction->setText(tr("&Copy"));
    connect(m_copyAction, &QAction::triggered, this, [this] { QApplication::clipboard()->setText(m_text); });
    addAction(m_copyAction);
    setContextMenuPolicy(Qt::ActionsContextMenu);
}

void LiveLabel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    setAccessibleName(text);
    update();
}

QSize LiveLabel::sizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    return {metrics.horizontalAdvance(m_text) + 2 * kMargin, metrics.height() + 2 * kMargin};
}

QSize LiveLabel::minimumSizeHint() const
{
    return {0, fontMetrics().height() + 2 * kMargin};
}

void LiveLabel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().brush(backgroundRole()));

    const QRect textRect = rect().adjusted(kMargin, 0, -kMargin, 0);
    const QString elided = fontMetrics().elidedText(m_text, Qt::ElideRight, textRect.width());
    style()->drawItemText(&painter, textRect, int(Qt::AlignLeft | Qt::AlignVCenter), palette(), isEnabled(),
                          elided, foregroundRole());
}

void LiveLabel::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
        m_copyAction->setText(tr("&Copy"));
        break;
    case QEvent::FontChange:
        // The height follows the font, so only now does the layout need to know.
        updateGeometry();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

bool LiveLabel::event(QEvent *event)
{
    // The full text as a tooltip, but only when the label shows it elided.
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        if (fontMetrics().horizontalAdvance(m_text) > width() - 2 * kMargin)
            QToolTip::showText(help->globalPos(), m_text, this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}
