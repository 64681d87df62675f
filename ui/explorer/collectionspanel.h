#pragma once

#include "collectionstore.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTreeWidget;

// Saved requests by collection: save the editor's request under a name, open one, delete one,
// export all to a JSON file and import one.
class CollectionsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CollectionsPanel(QWidget *parent = nullptr);

    void setSaved(const QList<CollectionStore::Saved> &saved);
    QTreeWidget *tree() const { return m_tree; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *collectionBox() const { return m_collection; }

Q_SIGNALS:
    // The editor's request is to be saved as `name` in `collection`.
    void saveRequested(const QString &collection, const QString &name);
    void openRequested(const ExplorerRequest &request);
    void removeRequested(const QString &collection, const QString &name);
    void exportRequested();
    void importRequested();

private:
    const CollectionStore::Saved *currentSaved() const;

    QTreeWidget *m_tree;
    QComboBox *m_collection;
    QLineEdit *m_name;
    QPushButton *m_save;
    QPushButton *m_open;
    QPushButton *m_remove;
    QPushButton *m_export;
    QPushButton *m_import;
    QList<CollectionStore::Saved> m_saved;
};
