#pragma once
// Errors as values: every fallible call in core returns Result<T>. An Error says
// what failed (naming the file when there is one) and what the user can do.

#include <QString>
#include <expected>

namespace gw {

enum class ErrorKind {
    NotFound,       // a file, source, code or segment that does not exist
    InvalidInput,   // bad arguments or bad data from the user
    NotAProject,    // the file is not a Groundwork project
    Corrupt,        // a project file that SQLite cannot read
    NewerSchema,    // written by a newer Groundwork
    ReadOnly,       // no permission to write
    Locked,         // open in another Groundwork
    Conflict,       // the same thing already exists, or a constraint refused the edit
    Duplicate,      // a source whose text the project already holds: skipped, not an error
    Io,             // reading or writing a file failed
    Database,       // any other SQLite failure
    Cancelled,
};

struct Error
{
    ErrorKind kind = ErrorKind::InvalidInput;
    QString message;

    static Error make(ErrorKind kind, QString message) { return Error{kind, std::move(message)}; }
};

template <typename T> using Result = std::expected<T, Error>;
using Status = std::expected<void, Error>;

inline std::unexpected<Error> fail(ErrorKind kind, QString message)
{
    return std::unexpected(Error{kind, std::move(message)});
}

} // namespace gw
