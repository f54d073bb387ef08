namespace Store.Content.Home;

/// <summary>The home page: its visible sections in order; none set up shows the theme's welcome instead.</summary>
public sealed record HomePageView(IReadOnlyList<HomeSectionView> Sections)
{
    /// <summary>The currency the product cards' prices are in: the shopper's (Currencies module).</summary>
    public string Currency { get; init; } = "USD";
}
