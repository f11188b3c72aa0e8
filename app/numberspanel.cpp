#include "numberspanel.h"

#include "livelabel.h"
#include "scenefile.h"
#include "scenemodel.h"
#include "weightstablemodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QStringList>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolBar>
#include <QToolTip>
#include <QUndoStack>
#include <QVBoxLayout>

#include <cmath>

namespace {

constexpr int kDecimals = 3;

QString formatNumber(const QLocale &locale, double value)
{
    if (!std::isfinite(value))
        return NumbersPanel::tr("—");
    return locale.toString(value, 'f', kDecimals);
}

// Edits labels as text and coordinates through a line edit that shows every
// digit of the stored double. Text that is not a coordinate stays in the
// editor, marked and explained, instead of being committed.
class WordEditDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &index) const override
    {
        auto *editor = new QLineEdit(parent);
        editor->setFrame(false);
        if (index.column() == WeightsTableModel::WordColumn)
            editor->setMaxLength(SceneFile::kMaxLabelLength);
        if (index.column() != WeightsTableModel::WordColumn) {
            editor->setToolTip(NumbersPanel::tr("A number from −1,000,000 to 1,000,000, e.g. %1")
                                   .arg(QLocale().toString(0.5)));
            QObject::connect(editor, &QLineEdit::textChanged, editor, [editor](const QString &text) {
                double value = 0.0;
                const bool valid = WeightsTableModel::parseCoordinate(text, &value);
                editor->setStyleSheet(valid ? QString() : QStringLiteral("color: #b00020;"));
            });
        }
        return editor;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *lineEdit = static_cast<QLineEdit *>(editor);
        const QVariant value = index.data(Qt::EditRole);
        if (index.column() == WeightsTableModel::WordColumn)
            lineEdit->setText(value.toString());
        else
            lineEdit->setText(QLocale().toString(value.toDouble(), 'g', QLocale::FloatingPointShortest));
        lineEdit->selectAll();
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        auto *lineEdit = static_cast<QLineEdit *>(editor);
        if (model->setData(index, lineEdit->text(), Qt::EditRole))
            return;
        const QString hint = index.column() == WeightsTableModel::WordColumn
            ? NumbersPanel::tr("A word needs a label; the old one is kept.")
            : NumbersPanel::tr(
                  "“%1” is not a coordinate. Enter a number from −1,000,000 to 1,000,000, e.g. %2.")
                  .arg(lineEdit->text(), QLocale().toString(0.5));
        QToolTip::showText(editor->mapToGlobal(QPoint(0, editor->height())), hint, editor);
    }
};

} // namespace

NumbersPanel::NumbersPanel(SceneModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_tableModel(new WeightsTableModel(model, this))
    , m_table(new QTableView(this))
    , m_summary(new LiveLabel(this))
{
    m_tableModel->setObjectName(QStringLiteral("weightsTableModel"));

    m_table->setObjectName(QStringLiteral("numbersTable"));
    m_table->setModel(m_tableModel);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setItemDelegate(new WordEditDelegate(m_table));
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->setToolTip(tr("Double-click a label or coordinate to edit it"));
    m_table->verticalHeader()->hide();
    // ResizeToContents would measure every row on every frame of a drag, so
    // the columns are fitted once per word list and the weight column takes
    // what is left. A narrow panel scrolls sideways instead of squeezing the
    // words away.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_tableModel, &QAbstractItemModel::modelReset, this, &NumbersPanel::fitColumns);
    fitColumns();

    // The summary changes on every frame of a drag, so it is a LiveLabel,
    // which repaints without laying out the window again.
    m_summary->setObjectName(QStringLiteral("numbersSummary"));

    m_toolBar = new QToolBar(tr("Words"), this);
    m_toolBar->setObjectName(QStringLiteral("wordsToolBar"));
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_table);
    layout->addWidget(m_summary);

    connect(m_model, &SceneModel::resultChanged, this, &NumbersPanel::updateSummary);
    connect(m_model, &SceneModel::wordsReset, this, &NumbersPanel::updateSummary);

    // Values get wider with a minus sign, "masked" or a new query, so the
    // columns are fitted again after every undoable change and query, but
    // not on the frames of a drag, which push no command until the end.
    connect(m_model->undoStack(), &QUndoStack::indexChanged, this, &NumbersPanel::fitColumns);
    // The score header names the divisor, and it changes after the command.
    connect(m_tableModel, &QAbstractItemModel::headerDataChanged, this, &NumbersPanel::fitColumns);
    connect(m_model, &SceneModel::queryChanged, this, [this] {
        fitColumns();
        showQueryRow();
    });

    // The selected row and the canvas's current word are the same word.
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_model->setCurrentWord(current.isValid() ? current.row() : -1);
            });
    connect(m_model, &SceneModel::currentWordChanged, this, &NumbersPanel::selectCurrentWord);
    connect(m_tableModel, &QAbstractItemModel::modelReset, this,
            [this] { selectCurrentWord(m_model->currentWord()); });

    updateSummary();
}

void NumbersPanel::setWordActions(const QList<QAction *> &actions)
{
    m_toolBar->clear();
    m_toolBar->addActions(actions);
    m_toolBar->setVisible(!actions.isEmpty());
    for (QAction *action : m_table->actions())
        m_table->removeAction(action);
    m_table->addActions(actions);
}

void NumbersPanel::selectCurrentWord(int index)
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (index < 0) {
        m_table->clearSelection();
        return;
    }
    if (current.isValid() && current.row() == index)
        return;
    m_table->selectionModel()->setCurrentIndex(m_tableModel->index(index, WeightsTableModel::WordColumn),
                                               QItemSelectionModel::ClearAndSelect |
                                                   QItemSelectionModel::Rows);
}

int NumbersPanel::heightForAllRows() const
{
    // Everything of the table but its rows: header, frame and a horizontal
    // scroll bar if one is showing.
    const int tableChrome = m_table->height() - m_table->viewport()->height();
    int height = tableChrome + m_table->verticalHeader()->length();

    int parts = 2; // the table and the summary
    height += m_summary->sizeHint().height();
    if (m_toolBar->isVisibleTo(this)) {
        height += m_toolBar->sizeHint().height();
        ++parts;
    }
    const QMargins margins = layout()->contentsMargins();
    return height + layout()->spacing() * (parts - 1) + margins.top() + margins.bottom();
}

QString NumbersPanel::summaryText() const
{
    return m_summary->text();
}

void NumbersPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange) {
        updateSummary();
        m_tableModel->retranslate();
        m_table->setToolTip(tr("Double-click a label or coordinate to edit it"));
        m_toolBar->setWindowTitle(tr("Words"));
    }
    QWidget::changeEvent(event);

    // Columns are fitted once per word list; larger text needs them again.
    if (event->type() == QEvent::FontChange)
        fitColumns();
}

void NumbersPanel::showQueryRow()
{
    const int query = m_model->queryIndex();
    if (query >= 0 && query < m_tableModel->rowCount())
        m_table->scrollTo(m_tableModel->index(query, WeightsTableModel::WordColumn));
}

void NumbersPanel::fitColumns()
{
    m_table->resizeColumnsToContents();

    // A 200-character label would push the numbers out of sight; the cell
    // elides it and its tooltip has it whole.
    const int maxWordWidth = m_table->fontMetrics().averageCharWidth() * kMaxWordColumnChars;
    if (m_table->columnWidth(WeightsTableModel::WordColumn) > maxWordWidth)
        m_table->setColumnWidth(WeightsTableModel::WordColumn, maxWordWidth);
}

void NumbersPanel::updateSummary()
{
    const attention::QueryResult &result = m_model->queryResult();
    const int wordCount = m_model->wordCount();
    const int query = m_model->queryIndex();
    const bool valid = result.status == attention::Status::Ok && query >= 0 && query < wordCount &&
        result.weights.size() == wordCount;
    if (!valid) {
        m_summary->setText(tr("Σ weights = %1   output = %2").arg(tr("—"), tr("—")));
        return;
    }

    const QLocale locale = this->locale();
    const double sum = result.weights.sum();

    // The output has d_v components, 2 unless a value projection changes it.
    QStringList components;
    for (const double component : result.output)
        components.append(formatNumber(locale, component));
    const QString output = tr("(%1)").arg(
        components.join(tr(", ",
                           "separator of vector components; use \"; \" where the decimal separator "
                           "is a comma")));

    m_summary->setText(tr("Σ weights = %1   output = %2").arg(formatNumber(locale, sum), output));
}
