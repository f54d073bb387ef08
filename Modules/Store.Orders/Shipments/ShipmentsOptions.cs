namespace Store.Orders.Shipments;

/// <summary>The <c>Shipments</c> configuration section.</summary>
public sealed class ShipmentsOptions
{
    public const string Section = "Shipments";

    /// <summary>
    /// Carriers offered on the ship form, each with its tracking page: <c>{tracking}</c> becomes the tracking
    /// number. A carrier not listed may be typed in, with its link entered by hand. Configuration adds to these.
    /// </summary>
    public Dictionary<string, string> Carriers { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UPS"] = "https://www.ups.com/track?tracknum={tracking}",
        ["FedEx"] = "https://www.fedex.com/fedextrack/?trknbr={tracking}",
        ["DHL"] = "https://www.dhl.com/global-en/home/tracking.html?tracking-id={tracking}",
        ["USPS"] = "https://tools.usps.com/go/TrackConfirmAction?tLabels={tracking}",
        ["La Poste"] = "https://www.laposte.fr/outils/suivre-vos-envois?code={tracking}",
    };
}
