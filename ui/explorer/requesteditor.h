#pragma once

#include "explorerrequest.h"

#include <QHash>
#include <QWidget>

class CoqlEditor;
class JsonBodyEditor;
class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStringListModel;
class QTableWidget;
class QTabWidget;
class TokenChoiceModel;

// The request half of the explorer: method, path (completed from the CRM v8 endpoints and the org's
// modules), the token to sign with (by user, with its data center), the query parameters (names and
// values completed), a JSON body checked as it is typed, a COQL editor, a timeout, Send and Cancel.
class RequestEditor : public QWidget
{
    Q_OBJECT
public:
    struct TokenChoice
    {
        QString id;
        QString user;
        QString dataCenter;
        QString apiDomain;
    };

    explicit RequestEditor(QWidget *parent = nullptr);

    ExplorerRequest request() const;
    void setRequest(const ExplorerRequest &request);
    // Whether request() can be sent as it stands (a path, a token, a valid body); else why not.
    QString problem() const;

    // The tokens to choose from, a view of the token table (kept by the caller).
    void setTokenModel(TokenChoiceModel *tokens);
    QString currentTokenId() const;
    TokenChoice currentToken() const;
    void setCurrentToken(const QString &id);
    void setModules(const QStringList &modules);
    void setFields(const QString &module, const QStringList &fields);
    // The module the request is about (from the path, COQL or module= parameter), or empty.
    QString currentModule() const;
    void setSending(bool sending);

    QLineEdit *pathEdit() const { return m_path; }
    QComboBox *methodBox() const { return m_method; }
    QComboBox *tokenBox() const { return m_token; }
    QTableWidget *parameterTable() const { return m_params; }
    JsonBodyEditor *bodyEditor() const { return m_body; }
    CoqlEditor *coqlEditor() const { return m_coql; }
    QCompleter *pathCompleter() const { return m_pathCompleter; }
    QPushButton *sendButton() const { return m_send; }
    // What the editors offer: paths for the method, parameter names for the path, values for a name.
    QStringList pathSuggestions() const;
    QStringList parameterSuggestions(int column, const QString &name) const;

Q_SIGNALS:
    void sendRequested();
    void cancelRequested();
    void tokenChanged(const QString &tokenId);
    // The request names a module whose fields are not known yet.
    void fieldsWanted(const QString &module);

private:
    void updatePathCompletion();
    void updateEndpointInfo();
    void ensureEmptyRow();
    void moduleMaybeChanged();
    void noteTokenChange();
    void restoreTokenAfterReset();

    QComboBox *m_method;
    QLineEdit *m_path;
    QStringListModel *m_pathWords;
    QCompleter *m_pathCompleter;
    QComboBox *m_token;
    TokenChoiceModel *m_tokenChoices = nullptr;
    // The token last announced by tokenChanged, kept across a reset of the token list.
    QString m_lastTokenId;
    bool m_tokensResetting = false;
    QSpinBox *m_timeout;
    QPushButton *m_send;
    QPushButton *m_cancel;
    QLabel *m_endpoint;
    QTabWidget *m_tabs;
    QTableWidget *m_params;
    JsonBodyEditor *m_body;
    CoqlEditor *m_coql;
    QStringList m_modules;
    QHash<QString, QStringList> m_fields;
    QString m_lastModule;
};
