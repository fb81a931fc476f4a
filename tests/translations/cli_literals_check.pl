#!/usr/bin/perl
# cli_literals_check.pl REPO DIR...: fails when a C++ file of DIR holds prose
# (a literal with two or more words) outside QCoreApplication::translate() or
# QT_TRANSLATE_NOOP(). The command line prints its messages and help with
# streams and string literals, so every sentence of it must go through
# translation. SQL and lines marked "// data" (a file format's own words) are
# left alone.
use strict;
use warnings;

my ($repo, @dirs) = @ARGV;
my @found;
for my $dir (@dirs) {
    for my $file (sort glob("$repo/$dir/*.cpp")) {
        open my $in, '<', $file or die "cannot read $file: $!";
        my @lines = <$in>;
        close $in;
        my $text = '';
        for my $line (@lines) {
            my $copy = $line;
            $copy =~ s/"(?:[^"\\]|\\.)*"/'"' . ('x' x (length($&) - 2)) . '"'/ge if $line =~ m{//\s*data\b};
            $text .= $copy;
        }
        my $covered = 0;   # the previous literal was translated and only space followed it
        my $last = 0;
        while ($text =~ /((?:\bu8?|\bR)?)"((?:[^"\\\n]|\\.)*)"/g) {
            my ($literal, $start, $end) = ($2, $-[0], $+[0]);
            my $before = substr($text, $last, $start - $last);
            my $lead = substr($text, $start > 200 ? $start - 200 : 0, $start > 200 ? 200 : $start);
            # A comment before it on the same line hides it.
            my ($lineStart) = $lead =~ /([^\n]*)$/;
            $last = $end;
            if ($lineStart =~ m{//}) { next; }
            if ($lead =~ /(?:translate|QT_TRANSLATE_NOOP3?|QT_TRANSLATE_N_NOOP3?)\s*\(\s*"[^"]*"\s*,\s*$/s) { $covered = 1; next; }
            if ($covered && $before =~ /^\s*$/) { next; }
            $covered = 0;
            next unless $literal =~ /[A-Za-z]{2,}[,;:.!?]*[ ]+[A-Za-z]{2,}/;
            next if $literal =~ /^\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|PRAGMA|WITH|ALTER|DROP|BEGIN)\b/i;
            my $line = 1 + (substr($text, 0, $start) =~ tr/\n//);
            (my $rel = $file) =~ s{^\Q$repo\E/}{};
            push @found, "$rel:$line: \"$literal\"";
        }
    }
}
if (@found) {
    printf STDERR "%d literals with words bypass translation (wrap them in QCoreApplication::translate()):\n", scalar @found;
    print STDERR "  $_\n" for @found;
    exit 1;
}
print "every sentence in @dirs goes through translation\n";
