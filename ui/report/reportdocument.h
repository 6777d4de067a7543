#pragma once

#include "reportprovenance.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QAbstractItemModel;
class QWidget;

namespace goodwill::ui::report {

// Options every report honours.
struct ReportOptions
{
    // Staff (non-leaders) named in the report appear as "Staff member (Department)".
    bool pseudonymise = false;
};

// A printable report: a title page header, then blocks (headings, paragraphs, bullet lists,
// tables, charts) laid out as one flowing document, written to PDF with Qt's own PDF writer
// (A4, page numbers at the foot of every page). The last page states where the figures
// came from (ReportProvenance): the filters, the sources and their import dates and a
// SHA-256 of the data, so the report can be reproduced.
class ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)

public:
    explicit ReportDocument(const QString &title, const QString &subtitle = {});

    QString title() const { return m_title; }

    void addHeading(const QString &text);
    void addSubheading(const QString &text);
    void addParagraph(const QString &text);
    void addBullets(const QStringList &items);
    // A table of the model's rows and columns as shown (Qt::DisplayRole, horizontal header
    // for the column names). Cells marked items::SuppressedRole print as "—". At most
    // `maxRows` rows (-1: all); when rows are left out the table says how many.
    void addTable(const QAbstractItemModel &model, const QString &caption = {}, int maxRows = -1);
    void addTable(const QStringList &headers, const QList<QStringList> &rows,
                  const QString &caption = {});
    // A picture (a chart rendered at high resolution); printed `widthMm` wide.
    void addImage(const QImage &image, const QString &caption = {}, double widthMm = 170);
    // A widget (a chart view) rendered at 3x its size and added as a picture.
    void addWidget(QWidget &widget, const QString &caption = {}, double widthMm = 170);
    void addPageBreak();

    void setProvenance(const ReportProvenance &provenance);

    // The document as HTML (what QTextDocument lays out) and as plain text (for tests).
    QString html() const;
    QString plainText() const;

    // Writes the PDF atomically (nothing is left at `path` on failure). Returns the error
    // text, naming the file, on failure.
    std::optional<QString> writePdf(const QString &path) const;

private:
    QString m_title;
    QString m_subtitle;
    QStringList m_blocks; // HTML fragments
    QList<QImage> m_images;
    std::optional<ReportProvenance> m_provenance;
};

} // namespace goodwill::ui::report
