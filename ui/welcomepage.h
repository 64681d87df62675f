#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

// What an empty store shows: two ways in, signing in to Zoho or trying the built-in sandbox.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

    void setStoreDescription(const QString &description);
    void setSandboxBusy(bool busy, const QString &message = QString());

Q_SIGNALS:
    void signInRequested();
    void sandboxRequested();
    void grantTokenRequested();
    void switchStoreRequested();

private:
    QLabel *m_store;
    QLabel *m_sandboxStatus;
    QPushButton *m_signIn;
    QPushButton *m_sandbox;
};
