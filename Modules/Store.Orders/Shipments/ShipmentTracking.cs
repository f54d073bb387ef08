using Microsoft.Extensions.Localization;

namespace Store.Orders.Shipments;

/// <summary>
/// The carrier and tracking of a shipment: both required, and the link either entered (an absolute http or
/// https address, nothing else: it becomes a link in emails and on the order page) or made from the carrier's
/// template in <see cref="ShipmentsOptions.Carriers"/>.
/// </summary>
internal sealed class ShipmentTracking(ShipmentsOptions options, IStringLocalizer<ShipmentTracking> localizer)
{
    public IReadOnlyList<string> Carriers => options.Carriers.Keys.Order(StringComparer.OrdinalIgnoreCase).ToList();

    public Dictionary<string, string> Check(ShipmentRequest request, out string carrier, out string trackingNumber, out string? trackingUrl)
    {
        var errors = new Dictionary<string, string>();
        carrier = request.Carrier?.Trim() ?? string.Empty;
        trackingNumber = request.TrackingNumber?.Trim() ?? string.Empty;
        var entered = request.TrackingUrl?.Trim() ?? string.Empty;
        trackingUrl = null;
        if (carrier.Length is 0 or > 50)
        {
            errors["Carrier"] = localizer["Give the carrier's name (50 characters at most)."];
        }

        if (trackingNumber.Length is 0 or > 100)
        {
            errors["TrackingNumber"] = localizer["Give the tracking number (100 characters at most)."];
        }

        if (entered.Length > 0)
        {
            if (entered.Length > 500 || !Uri.TryCreate(entered, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                errors["TrackingUrl"] = localizer["The tracking link must be an http:// or https:// address (500 characters at most)."];
            }
            else
            {
                trackingUrl = uri.AbsoluteUri;
            }
        }
        else if (carrier.Length > 0 && trackingNumber.Length > 0 && options.Carriers.TryGetValue(carrier, out var template))
        {
            carrier = options.Carriers.Keys.First(k => string.Equals(k, request.Carrier!.Trim(), StringComparison.OrdinalIgnoreCase));
            trackingUrl = template.Replace("{tracking}", Uri.EscapeDataString(trackingNumber), StringComparison.Ordinal);
        }

        return errors;
    }
}
