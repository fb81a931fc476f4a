#!/usr/bin/perl
# literals_check.pl REPO DIR...: fails when a user-facing call in the C++ files
# of DIR (relative to REPO) is given a literal with words instead of a
# translated string (tr() or QCoreApplication::translate()). The calls are
# those that put text in front of the user: menus and actions, labels and
# buttons, window titles, tips, status messages, message boxes, file dialogs.
use strict;
use warnings;

my $core = $ARGV[0] eq '--core' ? shift @ARGV : 0;
my ($repo, @dirs) = @ARGV;
# With --core, the calls through which core hands a sentence to the user: an
# error, an undo step's name, an import's warning or note.
my $coreCalls = qr/\b(fail|Error::make|setText|warn|warnOnce|skip|refuse|invalid|bad|tooLarge|damaged|sqliteError|
    lockedError|readZipPart|warnings\.append|notes\.append|messages\.append)\s*\(|\b(Error)\s*\{/x;
my $calls = $core ? $coreCalls : qr/\b(addAction|addMenu|setText|setWindowTitle|setToolTip|setStatusTip|setWhatsThis|setPlaceholderText|
    showMessage|setTitle|setLabelText|setHeaderLabels?|setHorizontalHeaderLabels|addTab|insertTab|setTabText|addItem|
    warning|information|critical|question|about|getOpenFileNames?|getSaveFileName|getExistingDirectory|getText|getItem|
    QLabel|QPushButton|QCheckBox|QRadioButton|QGroupBox|QToolButton|QAction|QMenu)\s*\(/x;
my @found;
for my $dir (@dirs) {
    for my $file (sort glob("$repo/$dir/*.cpp")) {
        open my $in, '<', $file or die "cannot read $file: $!";
        local $/;
        my $text = <$in>;
        close $in;
        $text =~ s{//[^\n]*}{}g;                # comments
        while ($text =~ /$calls/g) {
            my ($name, $at) = ($1 // $2, pos($text));
            # The call's arguments, up to its closing parenthesis.
            my ($depth, $i, $inString) = (1, $at, 0);
            while ($i < length($text) && $depth > 0) {
                my $c = substr($text, $i, 1);
                if ($inString) { $inString = 0 if $c eq '"' && substr($text, $i - 1, 1) ne '\\'; }
                elsif ($c eq '"') { $inString = 1; }
                elsif ($c eq '(' || $c eq '{') { $depth++; }
                elsif ($c eq ')' || $c eq '}') { $depth--; }
                $i++;
            }
            my $args = substr($text, $at, $i - $at - 1);
            $args =~ s/\b(setObjectName|objectName|fromTheme|QIcon|QKeySequence|value|contains|startsWith|endsWith)\s*\((?:[^()]|\([^()]*\))*\)//g;
            while ($args =~ /QStringLiteral\("((?:[^"\\]|\\.)*)"\)/g) {
                my $literal = $1;
                next unless $literal =~ /[A-Za-z]{2}/;       # words, not "%1  %2"
                next if $literal =~ /^[a-z0-9._\/:-]+$/;      # keys, names of icons and objects
                my $line = 1 + (substr($text, 0, $at) =~ tr/\n//);
                (my $rel = $file) =~ s{^\Q$repo\E/}{};
                push @found, "$rel:$line: $name(... \"$literal\" ...)";
            }
        }
    }
}
if (@found) {
    print STDERR "User-facing text that bypasses translation (wrap it in "
        . ($core ? "QCoreApplication::translate()" : "tr()") . "):\n";
    print STDERR "  $_\n" for @found;
    exit 1;
}
print "every user-facing literal in @dirs goes through translation\n";
