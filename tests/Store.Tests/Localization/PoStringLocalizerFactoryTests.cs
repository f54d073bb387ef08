using Microsoft.Extensions.Localization;
using Store.Core.Localization;
using Xunit;

namespace Store.Tests.Localization;

public sealed class PoStringLocalizerFactoryTests
{
    private readonly PoStringLocalizerFactory _factory = new([typeof(PoStringLocalizerFactoryTests).Assembly]);

    [Fact]
    public void Loads_each_culture_once_even_under_concurrency()
    {
        var catalogs = new PoCatalog?[64];
        Parallel.For(0, catalogs.Length, i => catalogs[i] = _factory.GetCatalog(i % 2 == 0 ? "fr" : "FR"));

        var first = Assert.IsType<PoCatalog>(catalogs[0]);
        Assert.All(catalogs, c => Assert.Same(first, c));
        Assert.Equal("fr", first.CultureName);
    }

    [Fact]
    public void Every_create_shares_the_same_catalogs()
    {
        var a = _factory.Create(typeof(string));
        var b = _factory.Create("Some.Base", "Some.Location");

        Assert.Same(a, b);
        Assert.IsType<IPluralStringLocalizer>(a, exactMatch: false);
    }

    [Fact]
    public void Merges_files_from_sub_folders_and_reports_missing_cultures_as_null()
    {
        var fr = _factory.GetCatalog("fr");

        Assert.NotNull(fr);
        Assert.True(fr.TryGetTranslation(null, "Wishlist", out _));
        Assert.True(fr.TryGetTranslation(null, "Add to cart", out _));
        Assert.Null(_factory.GetCatalog("de"));
        Assert.Single(_factory.GetCatalog("fr-CA")!.Entries);
    }

    [Fact]
    public void Later_documents_override_earlier_ones()
    {
        var first = PoParser.Parse("msgid \"a\"\nmsgstr \"one\"\n\nmsgid \"b\"\nmsgstr \"kept\"\n");
        var second = PoParser.Parse("msgid \"a\"\nmsgstr \"two\"\n");

        var catalog = new PoCatalog("fr", [first, second]);

        Assert.True(catalog.TryGetTranslation(null, "a", out var a));
        Assert.Equal("two", a);
        Assert.True(catalog.TryGetTranslation(null, "b", out var b));
        Assert.Equal("kept", b);
    }

    [Fact]
    public void Works_through_string_localizer_of_t()
    {
        using var _ = new CultureScope("fr");
        var localizer = new StringLocalizer<PoStringLocalizerFactoryTests>(_factory);

        Assert.Equal("Panier", localizer["Cart"].Value);
    }
}
