namespace Store.Content.Home;

/// <summary>What a section of the home page shows; stored by name.</summary>
public enum HomeSectionKind
{
    Hero,
    Featured,
    Categories,
    NewArrivals,
    OnSale,
}
