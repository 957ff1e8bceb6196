// SPDX-License-Identifier: GPL-3.0-or-later
// The prompter the window tests give the main window: it records every question, problem and
// file choice the window puts to the user, and answers as the test says (Cancel, and no file,
// unless told otherwise).
#pragma once

#include "prompter.h"

#include <QStringList>

#include <functional>

namespace wgll::test {

struct ScriptedPrompter final : Prompter
{
    QStringList questions;
    /// The problems the window told the user (QMessageBox warnings in the program).
    QStringList problems;
    /// The captions of the file dialogs the window showed.
    QStringList fileDialogs;
    /// Where each of those dialogs started: the folder of an open dialog, the suggested path of
    /// a save dialog.
    QStringList fileDialogStarts;
    QMessageBox::StandardButton answer = QMessageBox::Cancel;
    /// The files chosen in the next file dialogs, first first; none chosen once used up.
    QStringList files;
    /// The files chosen in the next several-file dialogs, first first; none once used up.
    QList<QStringList> fileLists;
    /// Runs while the question is up, as something else happening meanwhile would.
    std::function<void()> whileAsking;

    QMessageBox::StandardButton ask(const QString &question, QMessageBox::StandardButtons) override
    {
        questions.append(question);
        if (whileAsking)
            whileAsking();
        return answer;
    }
    void tell(const QString &problem) override { problems.append(problem); }
    QString fileToOpen(const QString &caption, const QString &, const QString &folder = {}) override
    {
        fileDialogStarts.append(folder);
        return chooseFile(caption);
    }
    QStringList filesToOpen(const QString &caption, const QString &, const QString &folder = {}) override
    {
        fileDialogStarts.append(folder);
        fileDialogs.append(caption);
        return fileLists.isEmpty() ? QStringList() : fileLists.takeFirst();
    }
    QString fileToSave(const QString &caption, const QString &suggested, const QString &, QString *) override
    {
        fileDialogStarts.append(suggested);
        return chooseFile(caption);
    }

private:
    QString chooseFile(const QString &caption)
    {
        fileDialogs.append(caption);
        return files.isEmpty() ? QString() : files.takeFirst();
    }
};

} // namespace wgll::test
