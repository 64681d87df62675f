#pragma once

#include <QString>

#include <functional>

class QMessageBox;
class QWidget;

// A question before something that cannot be undone (Delete…, Revoke…, copying a refresh token),
// without a nested event loop: a window-modal QMessageBox object opened with open(). `onAccept`
// runs only when the user presses the accept button; Escape and Cancel do nothing.
namespace Confirm {

struct Question
{
    QString title; // "Delete Token"
    QString text; // the question, one sentence
    QString informativeText; // what follows, optional
    QString acceptText; // "&Delete": says what happens
    bool destructive = true; // a warning icon, Cancel as the default button
    QString checkBoxText; // optional ("&Keep the row")
    bool checkBoxChecked = false;
};

// Opens the question and returns its box (deleted when it closes). With a check box,
// `onAcceptChecked` receives its state; else `onAccept` runs.
QMessageBox *ask(QWidget *parent, const Question &question,
                 std::function<void(bool checked)> onAcceptChecked);
QMessageBox *ask(QWidget *parent, const QString &title, const QString &text, const QString &acceptText,
                 std::function<void()> onAccept);

} // namespace Confirm
