// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

class QWidget;

namespace wgll {

/// Everything the main window asks the user or tells them in a dialog of its own: a question
/// with buttons, a problem to read, and a file to open or to save. The window takes one, so the
/// program shows real dialogs, `--screenshot` answers without anyone there, and tests answer as
/// a script says and see what was asked.
class Prompter
{
public:
    virtual ~Prompter() = default;
    /// A question with the answers offered; Cancel (or the nearest refusal) when nobody answers.
    virtual QMessageBox::StandardButton ask(const QString &question,
                                            QMessageBox::StandardButtons answers) = 0;
    /// A problem the user must read (a file that cannot be opened, a write that failed).
    virtual void tell(const QString &problem) = 0;
    /// The file to open, starting in `folder` (when given), or empty when the user cancels.
    virtual QString fileToOpen(const QString &caption, const QString &filter, const QString &folder = {}) = 0;
    /// Several files to open at once (the trend's earlier files, the roll-up's members), or none
    /// when the user cancels.
    virtual QStringList filesToOpen(const QString &caption, const QString &filter, const QString &folder = {}) = 0;
    /// The name to save under (starting from `suggested`, a path: a bare name would start in
    /// the folder the program was started from), or empty when the user cancels.
    /// `chosenFilter`, when given, receives the file type the user picked.
    virtual QString fileToSave(const QString &caption, const QString &suggested, const QString &filter,
                               QString *chosenFilter = nullptr) = 0;
};

/// The real dialogs: QMessageBox and QFileDialog, over `parent`.
class DialogPrompter final : public Prompter
{
public:
    explicit DialogPrompter(QWidget *parent) : m_parent(parent) {}
    QMessageBox::StandardButton ask(const QString &question, QMessageBox::StandardButtons answers) override;
    void tell(const QString &problem) override;
    QString fileToOpen(const QString &caption, const QString &filter, const QString &folder = {}) override;
    QStringList filesToOpen(const QString &caption, const QString &filter, const QString &folder = {}) override;
    QString fileToSave(const QString &caption, const QString &suggested, const QString &filter,
                       QString *chosenFilter) override;

private:
    QWidget *m_parent;
};

/// For a run with nobody to answer (`--screenshot`): every question is cancelled, no file is
/// chosen, and problems are left to the status bar, where the window also shows them.
class UnattendedPrompter final : public Prompter
{
public:
    QMessageBox::StandardButton ask(const QString &, QMessageBox::StandardButtons) override
    {
        return QMessageBox::Cancel;
    }
    void tell(const QString &) override {}
    QString fileToOpen(const QString &, const QString &, const QString & = {}) override { return {}; }
    QStringList filesToOpen(const QString &, const QString &, const QString & = {}) override { return {}; }
    QString fileToSave(const QString &, const QString &, const QString &, QString *) override { return {}; }
};

} // namespace wgll
