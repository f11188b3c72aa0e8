#include "exportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

const QString kSettingsGroup = QStringLiteral("export/");

} // namespace

ExportDialog::ExportDialog(const QString &suffix, QWidget *parent)
    : QDialog(parent)
    , m_suffix(suffix.toLower())
    , m_view(new QComboBox)
    , m_theme(new QComboBox)
    , m_width(new QSpinBox)
    , m_height(new QSpinBox)
    , m_scale(new QComboBox)
    , m_transparent(new QCheckBox(tr("&Transparent background")))
    , m_summary(new QLabel)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export Figure"));
    const QSettings settings;

    m_view->setObjectName(QStringLiteral("exportView"));
    m_view->addItem(tr("Canvas and chart"), int(FigureOptions::View::Figure));
    m_view->addItem(tr("Canvas only"), int(FigureOptions::View::Canvas));
    m_view->addItem(tr("Chart only"), int(FigureOptions::View::Chart));
    m_view->setCurrentIndex(
        m_view->findData(settings.value(kSettingsGroup + QStringLiteral("view"), 0).toInt()));

    m_theme->setObjectName(QStringLiteral("exportTheme"));
    m_theme->addItem(tr("Light"), int(FigureOptions::Theme::Light));
    m_theme->addItem(tr("Dark"), int(FigureOptions::Theme::Dark));
    m_theme->setCurrentIndex(
        m_theme->findData(settings.value(kSettingsGroup + QStringLiteral("theme"), 0).toInt()));

    for (QSpinBox *box : {m_width, m_height}) {
        box->setRange(100, 8000);
        box->setSuffix(tr(" px"));
        box->setAccelerated(true);
    }
    m_width->setObjectName(QStringLiteral("exportWidth"));
    m_height->setObjectName(QStringLiteral("exportHeight"));
    m_width->setValue(
        settings.value(kSettingsGroup + QStringLiteral("width"), Figure::kReferenceSize.width()).toInt());
    m_height->setValue(
        settings.value(kSettingsGroup + QStringLiteral("height"), Figure::kReferenceSize.height()).toInt());

    m_scale->setObjectName(QStringLiteral("exportScale"));
    for (const int factor : {1, 2, 3, 4})
        m_scale->addItem(tr("%1×").arg(factor), factor);
    m_scale->setCurrentIndex(
        m_scale->findData(settings.value(kSettingsGroup + QStringLiteral("scale"), 2).toInt()));
    m_scale->setToolTip(tr("Pixels per CSS pixel: 2× stays sharp on high-resolution screens and projectors"));

    m_transparent->setObjectName(QStringLiteral("exportTransparent"));
    m_transparent->setChecked(settings.value(kSettingsGroup + QStringLiteral("transparent"), false).toBool());

    // Only PNG has pixels to scale; only PNG and SVG keep transparency.
    const bool isPng = m_suffix == QLatin1String("png");
    const bool isTikz = m_suffix == QLatin1String("tex");
    m_scale->setEnabled(isPng);
    m_transparent->setEnabled(m_suffix == QLatin1String("png") || m_suffix == QLatin1String("svg"));
    // TikZ takes its size and colours from the LaTeX document.
    for (QWidget *widget :
         {static_cast<QWidget *>(m_theme), static_cast<QWidget *>(m_width), static_cast<QWidget *>(m_height)})
        widget->setEnabled(!isTikz);

    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×")));
    sizeRow->addWidget(m_height);
    sizeRow->addStretch();

    auto *form = new QFormLayout;
    form->addRow(tr("&Show:"), m_view);
    // A layout cannot be a label's buddy, so the shortcut goes to the width.
    form->addRow(tr("&Size:"), sizeRow);
    if (auto *sizeLabel = qobject_cast<QLabel *>(form->labelForField(sizeRow)))
        sizeLabel->setBuddy(m_width);
    form->addRow(tr("S&cale:"), m_scale);
    form->addRow(tr("T&heme:"), m_theme);
    form->addRow(QString(), m_transparent);
    form->addRow(QString(), m_summary);
    if (isTikz)
        m_summary->setText(tr("TikZ code of the arrows, the bars or both, for LaTeX."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    for (QSpinBox *box : {m_width, m_height})
        connect(box, &QSpinBox::valueChanged, this, &ExportDialog::updateSummary);
    connect(m_scale, &QComboBox::currentIndexChanged, this, &ExportDialog::updateSummary);
    updateSummary();
}

FigureOptions ExportDialog::options() const
{
    FigureOptions options;
    options.view = FigureOptions::View(m_view->currentData().toInt());
    options.theme = FigureOptions::Theme(m_theme->currentData().toInt());
    options.transparent = m_transparent->isEnabled() && m_transparent->isChecked();
    return options;
}

QSize ExportDialog::outputSize() const
{
    const QSize size(m_width->value(), m_height->value());
    if (m_suffix == QLatin1String("png"))
        return size * m_scale->currentData().toInt();
    return size;
}

void ExportDialog::updateSummary()
{
    if (m_suffix != QLatin1String("png"))
        return;
    const QSize pixels = outputSize();
    m_summary->setText(tr("The image will be %1 × %2 pixels.").arg(pixels.width()).arg(pixels.height()));
}

void ExportDialog::accept()
{
    QSettings settings;
    settings.setValue(kSettingsGroup + QStringLiteral("view"), m_view->currentData());
    settings.setValue(kSettingsGroup + QStringLiteral("theme"), m_theme->currentData());
    settings.setValue(kSettingsGroup + QStringLiteral("width"), m_width->value());
    settings.setValue(kSettingsGroup + QStringLiteral("height"), m_height->value());
    settings.setValue(kSettingsGroup + QStringLiteral("scale"), m_scale->currentData());
    settings.setValue(kSettingsGroup + QStringLiteral("transparent"), m_transparent->isChecked());
    QDialog::accept();
}
