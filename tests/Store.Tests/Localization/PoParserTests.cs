using Store.Core.Localization;
using Xunit;

namespace Store.Tests.Localization;

public sealed class PoParserTests
{
    [Fact]
    public void Parses_simple_entries_and_ignores_comments()
    {
        var doc = PoParser.Parse("""
            # translator comment
            #. extracted comment
            #: Views/Cart.liquid:12
            msgid "Add to cart"
            msgstr "Ajouter au panier"

            msgid "Cart"
            msgstr "Panier"
            """);

        Assert.Collection(
            doc.Entries,
            e => Assert.Equal((null, "Add to cart", null), (e.Context, e.Id, e.IdPlural)),
            e => Assert.Equal(("Cart", "Panier"), (e.Id, e.Translations[0])));
        Assert.Equal("Ajouter au panier", Assert.Single(doc.Entries[0].Translations));
        Assert.Same(PluralRule.Default, doc.PluralRule);
    }

    [Fact]
    public void Joins_multi_line_strings()
    {
        var doc = PoParser.Parse("""
            msgid ""
            "Hello "
            "world"
            msgstr "Bonjour "
              "le monde"
            """);

        var entry = Assert.Single(doc.Entries);
        Assert.Equal("Hello world", entry.Id);
        Assert.Equal("Bonjour le monde", entry.Translations[0]);
    }

    [Fact]
    public void Decodes_c_escapes()
    {
        var doc = PoParser.Parse("""
            msgid "a\nb\tc \"q\" back\\slash"
            msgstr "x\\n\101\x42"
            """);

        var entry = Assert.Single(doc.Entries);
        Assert.Equal("a\nb\tc \"q\" back\\slash", entry.Id);
        Assert.Equal("x\\nAB", entry.Translations[0]);
    }

    [Fact]
    public void Reads_contexts_as_separate_entries()
    {
        var doc = PoParser.Parse("""
            msgid "Order"
            msgstr "Commande"

            msgctxt "verb"
            msgid "Order"
            msgstr "Commander"
            """);

        Assert.Equal(2, doc.Entries.Count);
        Assert.Null(doc.Entries[0].Context);
        Assert.Equal("verb", doc.Entries[1].Context);
        Assert.Equal("Commander", doc.Entries[1].Translations[0]);
    }

    [Fact]
    public void Reads_plural_forms_and_header_rule()
    {
        var doc = PoParser.Parse("""
            msgid ""
            msgstr ""
            "Language: ru\n"
            "Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\n"

            msgid "{0} item"
            msgid_plural "{0} items"
            msgstr[0] "{0} товар"
            msgstr[1] "{0} товара"
            msgstr[2] "{0} товаров"
            """);

        var entry = Assert.Single(doc.Entries);
        Assert.True(entry.IsPlural);
        Assert.Equal("{0} items", entry.IdPlural);
        Assert.Equal(["{0} товар", "{0} товара", "{0} товаров"], entry.Translations);
        Assert.Equal(3, doc.PluralRule.Count);
        Assert.Equal(2, doc.PluralRule.Select(5));
    }

    [Fact]
    public void Skips_fuzzy_untranslated_and_obsolete_entries()
    {
        var doc = PoParser.Parse("""
            #, fuzzy
            msgid "Fuzzy"
            msgstr "Flou"

            #, c-format, fuzzy
            msgid "Also fuzzy %d"
            msgstr "Aussi %d"

            msgid "Empty"
            msgstr ""

            msgid "Half"
            msgid_plural "Halves"
            msgstr[0] "Moitié"
            msgstr[1] ""

            #~ msgid "Old"
            #~ msgstr "Vieux"

            #, c-format
            msgid "Kept"
            msgstr "Gardé"
            """);

        var entry = Assert.Single(doc.Entries);
        Assert.Equal("Kept", entry.Id);
    }

    [Fact]
    public void Accepts_crlf_and_bom_and_entries_without_blank_lines()
    {
        var doc = PoParser.Parse("\uFEFFmsgid \"a\"\r\nmsgstr \"b\"\r\nmsgid \"c\"\r\nmsgstr \"d\"\r\n");

        Assert.Equal(["a", "c"], doc.Entries.Select(e => e.Id));
    }

    [Theory]
    [InlineData("msgid \"a\"\nmsgstr \"b\n", 2)]
    [InlineData("msgid \"a\"\nmsgstr \"b\"\n\nmsgid \"c\"\nmsgtxt \"d\"\n", 5)]
    [InlineData("msgid \"a\"\nmsgstr \"b\"\nmsgstr \"c\"\n", 3)]
    [InlineData("\n\nmsgstr \"orphan\"\n", 3)]
    [InlineData("\nmsgid \"a\"\n\nmsgid \"b\"\nmsgstr \"c\"\n", 2)]
    [InlineData("msgctxt \"x\"\n\nmsgid \"b\"\nmsgstr \"c\"\n", 1)]
    [InlineData("msgid \"a\"\nmsgstr \"bad \\q escape\"\n", 2)]
    [InlineData("\"dangling\"\n", 1)]
    [InlineData("msgid \"a\"\nmsgstr[0] \"b\"\n", 2)]
    [InlineData("msgid \"a\"\nmsgstr \"b\" trailing\n", 2)]
    [InlineData("msgid \"\"\nmsgstr \"\"\n\"Plural-Forms: nplurals=2; plural=n >;\\n\"\n\nmsgid \"a\"\nmsgstr \"b\"\n", 1)]
    public void Malformed_input_reports_the_line_number(string text, int line)
    {
        var ex = Assert.Throws<PoParseException>(() => PoParser.Parse(text));

        Assert.Equal(line, ex.LineNumber);
        Assert.Contains($"line {line}", ex.Message);
    }

    [Fact]
    public void Missing_msgstr_at_end_of_file_is_reported()
    {
        var ex = Assert.Throws<PoParseException>(() => PoParser.Parse("msgid \"a\"\nmsgstr \"b\"\nmsgid \"c\""));

        Assert.Equal(3, ex.LineNumber);
    }
}
