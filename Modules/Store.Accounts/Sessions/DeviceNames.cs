namespace Store.Accounts.Sessions;

/// <summary>"Firefox on Windows" from a User-Agent header: enough for a person to recognise their own devices.</summary>
internal static class DeviceNames
{
    public const int Max = 100;

    private static readonly (string Token, string Name)[] Browsers =
    [
        ("Edg/", "Edge"), ("OPR/", "Opera"), ("Firefox/", "Firefox"), ("Chrome/", "Chrome"), ("Safari/", "Safari"),
    ];

    private static readonly (string Token, string Name)[] Systems =
    [
        ("Windows", "Windows"), ("Android", "Android"), ("iPhone", "iPhone"), ("iPad", "iPad"), ("Mac OS X", "macOS"),
        ("CrOS", "ChromeOS"), ("Linux", "Linux"),
    ];

    public static string From(string? userAgent)
    {
        if (string.IsNullOrWhiteSpace(userAgent))
        {
            return "Unknown device";
        }

        var browser = Browsers.FirstOrDefault(b => userAgent.Contains(b.Token, StringComparison.Ordinal)).Name;
        var system = Systems.FirstOrDefault(s => userAgent.Contains(s.Token, StringComparison.Ordinal)).Name;
        if (browser is null && system is null)
        {
            // An app or a script: its own name is the best description there is.
            var raw = new string(userAgent.Where(c => !char.IsControl(c)).ToArray()).Trim();
            return raw.Length > Max ? raw[..Max] : raw;
        }

        return browser is null ? system! : system is null ? browser : $"{browser} on {system}";
    }
}
