#include <QTest>
class Placeholder : public QObject
{
    Q_OBJECT
};
QTEST_MAIN(Placeholder)
#include "tst_dialogs_settings.moc"
