using Store.Tests.Infrastructure;

namespace Store.Tests.Translations;

/// <summary>Two web nodes of the default shop on one database: a translation saved on one is read on the other.</summary>
public sealed class TranslationNodes() : TwoShopNodes<StoreAppFactory>(new StoreAppFactory())
{
    protected override StoreAppFactory OtherNode(TestDatabase database) => new Other(database);

    private sealed class Other(TestDatabase database) : StoreAppFactory(database);
}
