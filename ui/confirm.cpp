#include "confirm.h"

#include <QCheckBox>
#include <QMessageBox>
#include <QPushButton>

namespace Confirm {

QMessageBox *ask(QWidget *parent, const Question &question, std::function<void(bool checked)> onAcceptChecked)
{
    auto *box = new QMessageBox(parent);
    box->setObjectName(QStringLiteral("confirmationBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(parent ? Qt::WindowModal : Qt::ApplicationModal);
    box->setWindowTitle(question.title);
    box->setAccessibleName(question.title);
    box->setAccessibleDescription(question.text);
    box->setIcon(question.destructive ? QMessageBox::Warning : QMessageBox::Question);
    box->setTextFormat(Qt::PlainText);
    box->setText(question.text);
    if (!question.informativeText.isEmpty())
        box->setInformativeText(question.informativeText);
    QPushButton *accept = box->addButton(question.acceptText, QMessageBox::AcceptRole);
    accept->setObjectName(QStringLiteral("acceptButton"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    box->setDefaultButton(question.destructive ? cancel : accept);
    box->setEscapeButton(cancel);
    if (!question.checkBoxText.isEmpty()) {
        auto *check = new QCheckBox(question.checkBoxText, box);
        check->setObjectName(QStringLiteral("confirmationCheck"));
        QString name = question.checkBoxText;
        name.remove(QLatin1Char('&'));
        check->setAccessibleName(name);
        check->setChecked(question.checkBoxChecked);
        box->setCheckBox(check);
    }
    QObject::connect(box, &QMessageBox::buttonClicked, box,
                     [box, accept, onAcceptChecked = std::move(onAcceptChecked)](QAbstractButton *button) {
                         if (button != accept || !onAcceptChecked)
                             return;
                         onAcceptChecked(box->checkBox() && box->checkBox()->isChecked());
                     });
    box->open();
    return box;
}

QMessageBox *ask(QWidget *parent, const QString &title, const QString &text, const QString &acceptText,
                 std::function<void()> onAccept)
{
    Question question;
    question.title = title;
    question.text = text;
    question.acceptText = acceptText;
    return ask(parent, question, [onAccept = std::move(onAccept)](bool) {
        if (onAccept)
            onAccept();
    });
}

} // namespace Confirm
