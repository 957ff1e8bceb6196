// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/status.h"

#include <QTemporaryDir>
#include <QUrl>
#include <QWidget>

#include <functional>
#include <memory>

class QListWidget;
class QPushButton;

namespace wgll {

class AssessmentSession;

/// The evidence for the statement being scored: files kept inside the document, links and
/// notes. Attach, open (a file is checked against its SHA-256 and opened from a private copy),
/// and remove (after asking).
class EvidencePanel : public QWidget
{
    Q_OBJECT
public:
    explicit EvidencePanel(AssessmentSession &session, QWidget *parent = nullptr);

    void setStatement(const QString &id);
    void setReadOnly(bool readOnly);
    /// Opens an evidence item: a file or link in the desktop's handler, a note in a message.
    Status open(qint64 id);
    /// How URLs are opened (QDesktopServices by default; tests record them instead).
    void setOpener(std::function<bool(const QUrl &)> opener) { m_opener = std::move(opener); }

private:
    void refresh();
    qint64 selectedId() const;
    void attachWithDialog();
    void addLinkWithDialog();
    void addNoteWithDialog();
    /// Opens the evidence, and shows why when it cannot be opened.
    void openShowingProblems(qint64 id);
    /// Removes the selected evidence once the user confirms (it cannot be undone).
    void removeSelected();

    AssessmentSession &m_session;
    QString m_id;
    bool m_readOnly = false;
    QListWidget *m_list = nullptr;
    QPushButton *m_attach = nullptr;
    QPushButton *m_link = nullptr;
    QPushButton *m_note = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_remove = nullptr;
    std::function<bool(const QUrl &)> m_opener;
    std::unique_ptr<QTemporaryDir> m_extracted; ///< opened files live here until the panel goes
};

} // namespace wgll
