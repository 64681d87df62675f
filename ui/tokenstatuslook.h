#pragma once

#include "themecontroller.h"
#include "token.h"

#include <QString>

// How a token's status reads and looks: text, icon shape and colour together (never colour alone,
// for colour-blind users), the sentence a screen reader says, and what to do about it.
struct TokenStatusLook
{
    QString text; // "Valid"
    QString iconName; // "status-valid"
    ThemeController::Role colour;
    QString advice; // what to do; empty when nothing needs doing

    static TokenStatusLook of(Token::Status status);
    // The five statuses a user filters by, in the order of a filter menu.
    static QList<Token::Status> filterable();
};
