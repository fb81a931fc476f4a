#!/usr/bin/perl
# ts_check.pl FRESH.ts COMMITTED.ts: FRESH is what lupdate reads from the
# sources now; fails when one of its strings has no finished translation in
# COMMITTED (a string added or changed since the translation was last brought
# up to date: run the update_translations target and translate it).
use strict;
use warnings;

sub messages {
    my ($file) = @_;
    open my $in, '<:encoding(UTF-8)', $file or die "cannot read $file: $!";
    local $/;
    my $xml = <$in>;
    my %found;
    while ($xml =~ m{<context>\s*<name>(.*?)</name>(.*?)</context>}sg) {
        my ($context, $body) = ($1, $2);
        while ($body =~ m{<message(?:\s[^>]*)?>(.*?)</message>}sg) {
            my $message = $1;
            my ($source) = $message =~ m{<source>(.*?)</source>}s;
            my ($comment) = $message =~ m{<comment>(.*?)</comment>}s;
            my ($attrs, $translation) = $message =~ m{<translation([^>]*)>(.*?)</translation>}s;
            ($attrs) = $message =~ m{<translation([^>]*)/>}s unless defined $attrs;
            $translation //= '';
            my $done = $attrs !~ /type="(unfinished|vanished|obsolete)"/ && $translation =~ /\S/;
            $found{"$context\x{1}$source\x{1}" . ($comment // '')} = $done;
        }
    }
    return %found;
}

my ($fresh, $committed) = @ARGV;
my %now = messages($fresh);
my %have = messages($committed);
my @missing;
for my $key (sort keys %now) {
    next if $have{$key};
    my ($context, $source) = split /\x{1}/, $key;
    push @missing, "$context: $source" . (exists $have{$key} ? ' (unfinished)' : ' (not in the translation)');
}
binmode STDERR, ':encoding(UTF-8)';
if (@missing) {
    printf STDERR "%d of %d strings are not translated in %s:\n", scalar @missing, scalar keys %now, $committed;
    print STDERR "  $_\n" for @missing[0 .. ($#missing < 40 ? $#missing : 39)];
    exit 1;
}
printf "all %d strings are translated in %s\n", scalar keys %now, $committed;
