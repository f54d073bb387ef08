using System.Net;
using System.Text.Json;

namespace Store.Tests.Catalog;

/// <summary>Reads <c>GET /api/v1/products</c> answers the way a client of the API does.</summary>
internal static class ProductListJson
{
    public static async Task<JsonElement> ListAsync(this HttpClient client, string query)
    {
        var response = await client.GetAsync("/api/v1/products" + query);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{query}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<List<string>> NamesAsync(this HttpClient client, string query) => Names(await client.ListAsync(query));

    public static List<string> Names(this JsonElement list) =>
        list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()!).ToList();

    public static List<int> Ids(this JsonElement list) =>
        list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).ToList();

    public static int Total(this JsonElement list) => list.GetProperty("total").GetInt32();

    /// <summary>The counts shown for one attribute's values; empty when the list shows no such filter.</summary>
    public static Dictionary<string, int> Counts(this JsonElement list, string attribute) =>
        list.GetProperty("facets").EnumerateArray()
            .Where(f => f.GetProperty("key").GetString() == "attr." + attribute)
            .SelectMany(f => f.GetProperty("values").EnumerateArray())
            .ToDictionary(v => v.GetProperty("value").GetString()!, v => v.GetProperty("count").GetInt32());

    /// <summary>The counts shown for one product option's values (the <c>option.{slug}</c> filter).</summary>
    public static Dictionary<string, int> OptionCounts(this JsonElement list, string option) =>
        list.GetProperty("facets").EnumerateArray()
            .Where(f => f.GetProperty("key").GetString() == "option." + option)
            .SelectMany(f => f.GetProperty("values").EnumerateArray())
            .ToDictionary(v => v.GetProperty("value").GetString()!, v => v.GetProperty("count").GetInt32());

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }
}
