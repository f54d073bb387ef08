using Fluid;
using Store.Catalog.Search;

namespace Store.Catalog.Storefront;

/// <summary>The view models the catalog's Liquid templates may read.</summary>
internal static class StorefrontViews
{
    public static void Register(TemplateOptions options)
    {
        var access = options.MemberAccessStrategy;
        access.Register<ProductListPage>();
        access.Register<ProductPage>();
        access.Register<ProductCard>();
        access.Register<AttributeFacet>();
        access.Register<FacetValue>();
        access.Register<Link>();
        access.Register<CategoryMenuItem>();
        access.Register<Contracts.ShowcaseCategory>();
        access.Register<Contracts.ShowcaseProduct>();
        access.Register<Option>();
        access.Register<PageLink>();
        access.Register<FilterChip>();
        access.Register<ImageView>();
        access.Register<AttributeView>();
        access.Register<VariantView>();
        access.Register<OptionView>();
        access.Register<OptionValueView>();
        access.Register<ReviewsView>();
        access.Register<StarBar>();
        access.Register<ReviewItemView>();
    }
}
