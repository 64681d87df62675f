#include "orgbrowser.h"

#include "fieldtablemodel.h"
#include "moduletablemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {

void setUpTable(QTableView *table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    table->setTabKeyNavigation(false);
}

// A section at least as wide as its header needs. QHeaderView measures a header in bold, with the
// sort arrow only in the column sorted at that moment: in a style that puts the arrow beside the text
// (Windows, macOS; Fusion draws it above), resizeColumnsToContents() gave a column sorted later no
// room for it.
void fitHeader(QTableView *table, int column)
{
    QHeaderView *header = table->horizontalHeader();
    if (column >= 0 && column < header->count())
        header->resizeSection(column, qMax(header->sectionSize(column), header->sectionSizeHint(column)));
}

} // namespace

OrgBrowser::OrgBrowser(QWidget *parent)
    : QWidget(parent)
    , m_moduleModel(new ModuleTableModel(this))
    , m_fieldModel(new FieldTableModel(this))
    , m_fieldFilter(new QSortFilterProxyModel(this))
    , m_modules(new QTableView(this))
    , m_fields(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_note(new QLabel(this))
    , m_refresh(new QPushButton(tr("Re&fresh"), this))
{
    setObjectName(QStringLiteral("orgBrowser"));
    m_modules->setObjectName(QStringLiteral("moduleTable"));
    m_modules->setAccessibleName(tr("Modules"));
    m_modules->setAccessibleDescription(
        tr("Double-click or Enter builds a list request with the module's fields"));
    m_modules->setModel(m_moduleModel);
    setUpTable(m_modules);
    m_fieldFilter->setSourceModel(m_fieldModel);
    m_fieldFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_fieldFilter->setFilterKeyColumn(-1);
    m_fields->setObjectName(QStringLiteral("fieldTable"));
    m_fields->setAccessibleName(tr("Fields"));
    m_fields->setModel(m_fieldFilter);
    setUpTable(m_fields);
    m_fields->setSortingEnabled(true);
    m_fields->sortByColumn(-1, Qt::AscendingOrder);
    connect(m_fields->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column) { fitHeader(m_fields, column); });
    m_filter->setObjectName(QStringLiteral("fieldFilter"));
    m_filter->setAccessibleName(tr("Filter fields"));
    m_filter->setPlaceholderText(tr("Filter fields"));
    m_filter->setClearButtonEnabled(true);
    m_note->setObjectName(QStringLiteral("orgNote"));
    m_note->setAccessibleName(tr("Org schema state"));
    m_note->setWordWrap(true);
    m_refresh->setObjectName(QStringLiteral("refreshSchemaButton"));
    m_refresh->setAccessibleName(tr("Refresh modules and fields"));

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_modules);
    auto *fieldsBox = new QWidget(split);
    auto *fieldsLayout = new QVBoxLayout(fieldsBox);
    fieldsLayout->setContentsMargins(0, 0, 0, 0);
    fieldsLayout->addWidget(m_filter);
    fieldsLayout->addWidget(m_fields, 1);
    split->addWidget(fieldsBox);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto *top = new QHBoxLayout;
    top->addWidget(m_note, 1);
    top->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(m_filter, &QLineEdit::textChanged, m_fieldFilter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_refresh, &QPushButton::clicked, this, &OrgBrowser::refreshRequested);
    connect(m_modules->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const QString module = currentModule();
        if (!module.isEmpty())
            Q_EMIT moduleChosen(module);
    });
    connect(m_modules, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT listRequested(index.siblingAtColumn(0).data(Qt::UserRole).toString());
    });
    m_note->setText(tr("Choose a token to see its org's modules."));
}

void OrgBrowser::setModules(const QList<OrgSchema::Module> &modules, const QString &note)
{
    const QString keep = currentModule();
    m_moduleModel->setModules(modules);
    m_modules->horizontalHeader()->ensurePolished();
    m_modules->resizeColumnsToContents();
    m_note->setText(note);
    if (!keep.isEmpty())
        selectModule(keep);
}

void OrgBrowser::setFields(const QString &module, const QList<OrgSchema::Field> &fields, const QString &note)
{
    m_fieldModel->setFields(module, fields);
    m_fields->horizontalHeader()->ensurePolished(); // measured in the font it is shown in
    m_fields->resizeColumnsToContents();
    // Long picklists are cut at 260 px, their header never.
    QHeaderView *header = m_fields->horizontalHeader();
    header->resizeSection(FieldTableModel::Picklist,
                          qMax(qMin(header->sectionSize(FieldTableModel::Picklist), 260),
                               header->sectionSizeHint(FieldTableModel::Picklist)));
    m_note->setText(note);
}

void OrgBrowser::showProblem(const QString &text)
{
    m_note->setText(text);
}

QString OrgBrowser::currentModule() const
{
    const QModelIndex index = m_modules->currentIndex();
    return index.isValid() ? index.siblingAtColumn(0).data(Qt::UserRole).toString() : QString();
}

void OrgBrowser::selectModule(const QString &apiName)
{
    for (int row = 0; row < m_moduleModel->rowCount(); ++row) {
        if (m_moduleModel->modules().at(row).apiName == apiName) {
            m_modules->setCurrentIndex(m_moduleModel->index(row, 0));
            return;
        }
    }
}
