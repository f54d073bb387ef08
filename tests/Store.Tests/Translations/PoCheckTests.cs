using Store.Core.Localization;
using Store.Translations.Checks;

namespace Store.Tests.Translations;

/// <summary>Each mistake <c>translations check</c> catches, from a fixture PO file that has it (Fixtures/).</summary>
public sealed class PoCheckTests
{
    private static readonly IReadOnlyList<PoFileEntry> Template = PoParser.Parse(Fixture("messages.pot")).AllEntries;

    [Fact]
    public void A_good_file_reports_coverage_missing_fuzzy_and_obsolete_entries_without_errors()
    {
        var result = PoChecker.Check("good.po", Fixture("good.po"), Template);

        Assert.False(result.HasErrors, string.Join('\n', result.Problems));
        Assert.Equal((5, 3, 1), (result.Total, result.Translated, result.Fuzzy));
        Assert.Equal(["verb|Order", "Checkout"], result.Missing);
        Assert.Equal(["Basket"], result.Obsolete);
        Assert.Contains(result.Problems, p => !p.IsError && p.Line == 22 && p.Message.Contains("obsolete", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("placeholder.po", 5, "placeholders differ from the source: expected {0}, found {1}")]
    [InlineData("markup.po", 5, "markup differs from the source: expected </a> <a>, found none")]
    [InlineData("plural-count.po", 5, "has 2 plural forms, the Plural-Forms header says 3")]
    [InlineData("no-plural-header.po", 1, "plural entries but no Plural-Forms header")]
    [InlineData("broken.po", 9, "unterminated string")]
    public void Each_error_is_caught_with_its_line(string file, int line, string message)
    {
        var result = PoChecker.Check(file, Fixture(file), Template);

        Assert.True(result.HasErrors);
        Assert.Contains(result.Problems, p => p.IsError && p.Line == line && p.Message.Contains(message, StringComparison.Ordinal));
    }

    internal static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Translations", "Fixtures", name));
}
