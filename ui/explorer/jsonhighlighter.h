#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

// Colours JSON text: keys, strings, numbers, true/false/null, in the palette's terms so that a dark
// theme stays readable.
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit JsonHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_keyword;
};
