namespace Store.Shipping.Zones;

/// <summary>
/// A set of places that ship alike, with its methods. <see cref="Places"/> holds country codes (<c>FR</c>),
/// country-region pairs (<c>US-CA</c>) and <c>*</c> for everywhere no other zone takes (module README).
/// </summary>
public sealed class ShippingZone
{
    public const int NameMaxLength = 100;
    public const int PlacesMaxLength = 2000;
    public const string Everywhere = "*";

    public int Id { get; set; }

    public required string Name { get; set; }

    /// <summary>Upper case, comma-separated, as <see cref="ZonePlaces.Parse"/> left them.</summary>
    public required string Places { get; set; }

    /// <summary>Order on the admin page; of two zones that match alike, the lower position wins.</summary>
    public int Position { get; set; }

    public List<ShippingMethod> Methods { get; set; } = [];
}
