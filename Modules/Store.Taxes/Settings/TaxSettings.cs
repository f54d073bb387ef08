namespace Store.Taxes.Settings;

/// <summary>The shop's tax settings; one row (<see cref="SingletonId"/>), made with defaults on first save.</summary>
public sealed class TaxSettings
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    /// <summary>True: prices are entered and shown with tax in them (EU style); false: tax is added at checkout (US style).</summary>
    public bool PricesIncludeTax { get; set; } = true;

    /// <summary>Where tax is estimated for a shopper whose address is not known yet (ISO 3166-1 alpha-2).</summary>
    public string ShopCountry { get; set; } = "US";

    /// <summary>The category code shipping is taxed in; null leaves shipping untaxed.</summary>
    public string? ShippingCategory { get; set; }
}
