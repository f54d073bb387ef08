namespace Store.Catalog.Storefront;

/// <summary>
/// An option picker: buttons when there are few values, a select when there are many. A value is
/// <see cref="OptionValueView.Unavailable"/> when, with the other chosen values, no variant exists or it is sold out.
/// </summary>
public sealed record OptionView(int Index, string Name, IReadOnlyList<OptionValueView> Values)
{
    public const int MaxButtons = 8;

    public bool AsButtons => Values.Count <= MaxButtons;
}
