using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Store.Catalog.Contracts;

namespace Store.Catalog.Storefront;

/// <summary>
/// Adds <c>aggregateRating</c> and <c>review</c> to the product's JSON-LD, as schema.org and Google's review snippet
/// documentation describe them; only with approved reviews (a rating of nothing is not allowed).
/// </summary>
internal static class ReviewJsonLd
{
    public static string Add(string jsonLd, ProductReviews reviews)
    {
        if (reviews.Rating.Count == 0 || JsonNode.Parse(jsonLd) is not JsonObject data)
        {
            return jsonLd;
        }

        data["aggregateRating"] = new JsonObject
        {
            ["@type"] = "AggregateRating",
            ["ratingValue"] = reviews.Rating.Average.ToString("0.##", CultureInfo.InvariantCulture),
            ["reviewCount"] = reviews.Rating.Count,
            ["bestRating"] = 5,
            ["worstRating"] = 1,
        };
        data["review"] = new JsonArray([.. reviews.Items.Select(r => (JsonNode)new JsonObject
        {
            ["@type"] = "Review",
            ["name"] = r.Title,
            ["reviewBody"] = r.Body,
            ["datePublished"] = r.CreatedUtc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["author"] = new JsonObject { ["@type"] = "Person", ["name"] = r.Author },
            ["reviewRating"] = new JsonObject { ["@type"] = "Rating", ["ratingValue"] = r.Rating, ["bestRating"] = 5, ["worstRating"] = 1 },
        })]);
        return data.ToJsonString(Options);
    }

    // The page writes the JSON inside a script element: "<" and the like are escaped so a review cannot close it.
    private static readonly JsonSerializerOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default };
}
