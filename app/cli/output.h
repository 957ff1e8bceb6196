// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "console.h"
#include "util/status.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace wgll::cli {

/// Checks an output name before a command does any work, so a refused output changes nothing:
/// "" is a usage error (64); "-" is standard output; anything else must be a name the command
/// may create or replace (storage::OutputFile::problemWith): never one of `inputs`, a device,
/// FIFO, socket or folder (73). Returns ExitOk or the exit code after printing the error.
int checkOutput(const QString &fileName, const QStringList &inputs, const QString &command, Console &console);

/// Delivers a command's finished output: to stdout when `fileName` is empty or "-", otherwise
/// to the file through storage::OutputFile (whole or not at all, never one of `inputs`).
/// Returns the exit code.
int deliver(const QByteArray &bytes, const QString &fileName, Console &console, const QStringList &inputs = {});

/// Writes `bytes` to standard output; a failure is an Io error naming "standard output".
Status writeStdout(QByteArrayView bytes);

/// Delivers text composed from a file's content, escaped by Console::safe (line breaks kept).
int deliverText(const QString &text, const QString &fileName, Console &console, const QStringList &inputs = {});

} // namespace wgll::cli
