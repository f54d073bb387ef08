using System.Reflection;
using System.Text.Json;
using Store.Catalog.Media;
using Store.Core.Data;
using Store.Core.Email;
using Store.Core.Hosting;

namespace Store.Tests.Deployment;

/// <summary>
/// The configuration keys the shop reads, derived from its options classes and appsettings.json, plus the few
/// keys code reads by name (each checked to still appear in the file that reads it) and ASP.NET's host settings.
/// </summary>
internal static class ShopSettings
{
    private static readonly (string Key, string ReadIn)[] ReadByName =
    [
        ("Setup:AdminEmail", "Framework/Store.Core/Setup/UnattendedSetup.cs"),
        ("Setup:AdminPassword", "Framework/Store.Core/Setup/UnattendedSetup.cs"),
        ("Setup:SiteName", "Framework/Store.Core/Setup/UnattendedSetup.cs"),
        ("Setup:Recipe", "Framework/Store.Core/Setup/UnattendedSetup.cs"),
        ("Setup:Currency", "Framework/Store.Core/Setup/UnattendedSetup.cs"),
        ("Jwt:SigningKey", "Modules/Store.Accounts/Tokens/JwtSigningKey.cs"),
    ];

    /// <summary>Read by ASP.NET Core's host itself (ports, environment), not by the shop's code.</summary>
    private static readonly string[] HostSettings = ["ASPNETCORE_ENVIRONMENT", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_URLS", "DOTNET_NOLOGO"];

    public static IReadOnlySet<string> Keys { get; } = Collect();

    /// <summary>True when an environment variable (<c>Email__Smtp__Host</c>) sets a key the shop reads.</summary>
    public static bool Reads(string environmentVariable)
    {
        if (HostSettings.Contains(environmentVariable, StringComparer.Ordinal))
        {
            return true;
        }

        var key = environmentVariable.Replace("__", ":", StringComparison.Ordinal);
        return Keys.Contains(key) || key.StartsWith("Logging:LogLevel:", StringComparison.OrdinalIgnoreCase);
    }

    public static IEnumerable<(string Key, string ReadIn)> KeysReadByName => ReadByName;

    private static HashSet<string> Collect()
    {
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        AddOptions(keys, DatabaseOptions.Section, typeof(DatabaseOptions));
        AddOptions(keys, EmailOptions.Section, typeof(EmailOptions));
        AddOptions(keys, MediaOptions.Section, typeof(MediaOptions));
        AddOptions(keys, ForwardedHeadersSettings.Section, typeof(ForwardedHeadersSettings));
        foreach (var file in new[] { "Store.Web/appsettings.json", "Store.Web/appsettings.Development.json" })
        {
            using var json = JsonDocument.Parse(DeploymentFiles.Read(file));
            AddJson(keys, string.Empty, json.RootElement);
        }

        keys.UnionWith(ReadByName.Select(r => r.Key));
        return keys;
    }

    private static void AddOptions(HashSet<string> keys, string prefix, Type type)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            var key = prefix + ":" + property.Name;
            var t = property.PropertyType;
            if (t.IsClass && t != typeof(string) && !typeof(System.Collections.IEnumerable).IsAssignableFrom(t))
            {
                AddOptions(keys, key, t);
            }
            else
            {
                keys.Add(key);
            }
        }
    }

    private static void AddJson(HashSet<string> keys, string prefix, JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            keys.Add(prefix);
            return;
        }

        foreach (var property in element.EnumerateObject())
        {
            AddJson(keys, prefix.Length == 0 ? property.Name : prefix + ":" + property.Name, property.Value);
        }
    }
}
