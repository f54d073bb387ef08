using Store.Core.Sites;

namespace Store.Shipping.Zones;

/// <summary>
/// A zone's places as text (<c>FR, MC, US-CA, *</c>) and which zone takes a destination: a zone naming the
/// country and region beats one naming the country, which beats <c>*</c> (everywhere else); of equals, the lower
/// position, then the older zone.
/// </summary>
internal static class ZonePlaces
{
    /// <summary>The places upper-cased, de-duplicated and comma-joined; or the error to show.</summary>
    public static (string? Places, string? Error) Parse(IEnumerable<string?> entries)
    {
        var places = new List<string>();
        foreach (var raw in entries.SelectMany(e => (e ?? "").Split([',', ';', '\n', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            var entry = raw.ToUpperInvariant();
            var dash = entry.IndexOf('-', StringComparison.Ordinal);
            var country = dash < 0 ? entry : entry[..dash];
            if (entry != ShippingZone.Everywhere && (CountryCodes.Normalize(country) is null || (dash >= 0 && entry.Length == dash + 1)))
            {
                return (null, $"\"{raw}\" is not a place: use two-letter country codes (FR), a country and region (US-CA) or * for everywhere else.");
            }

            if (!places.Contains(entry))
            {
                places.Add(entry);
            }
        }

        if (places.Count == 0)
        {
            return (null, "Name at least one country (FR), country and region (US-CA), or * for everywhere else.");
        }

        var joined = string.Join(',', places);
        return joined.Length > ShippingZone.PlacesMaxLength ? (null, "Too many places for one zone: split it in two.") : (joined, null);
    }

    /// <summary>How well a zone's places take the destination: 2 by region, 1 by country, 0 by <c>*</c>, null not at all.</summary>
    public static int? Score(string places, string country, string? region)
    {
        int? best = null;
        foreach (var place in places.Split(','))
        {
            int? score = place == ShippingZone.Everywhere ? 0
                : place == country ? 1
                : region is not null && place.Length > 3 && place.StartsWith(country + "-", StringComparison.Ordinal)
                    && string.Equals(place[3..], region.Trim(), StringComparison.OrdinalIgnoreCase) ? 2
                : null;
            best = score > best || best is null ? score : best;
        }

        return best;
    }
}
