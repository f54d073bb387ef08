using Store.Catalog.Search;
using Xunit;

namespace Store.Tests.Catalog;

/// <summary>
/// The product index changes in place (stock swaps, retired and appended slots merged into each order);
/// whatever the changes, it must answer every list exactly as a catalog built fresh from the same products.
/// </summary>
public sealed class IndexedCatalogTests
{
    private static readonly string[] Words = ["oak", "lamp", "mug", "café", "чайник", "100%", "a_b", "oak lamp"];
    private static readonly string[] Colours = ["Red", "Blue", "Green"];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void An_incrementally_changed_catalog_answers_like_one_built_fresh(int seed)
    {
        var random = new Random(seed);
        var products = Enumerable.Range(1, 400).ToDictionary(id => id, id => NewProduct(random, id));
        var catalog = new IndexedCatalog([.. products.Values]);
        var nextId = 401;

        // Enough rounds that retired slots pass the rebuild threshold at least once (1,024 retired).
        for (var round = 0; round < 150; round++)
        {
            var changed = new HashSet<int>();
            var changes = random.Next(1, 40);
            for (var i = 0; i < changes; i++)
            {
                var id = random.Next(1, nextId + 3);
                changed.Add(id);
                switch (random.Next(6))
                {
                    case 0 when products.ContainsKey(id):
                        products[id] = products[id] with { Stock = random.Next(0, 3) };
                        break;
                    case 1 when products.ContainsKey(id):
                        products[id] = products[id] with { Price = random.Next(1, 50) * 100 };
                        break;
                    case 2:
                        products.Remove(id);
                        break;
                    case 3 when products.ContainsKey(id):
                        products[id] = NewProduct(random, id) with { CreatedUtc = products[id].CreatedUtc };
                        break;
                    default:
                        var fresh = nextId++;
                        products[fresh] = NewProduct(random, fresh);
                        changed.Add(fresh);
                        break;
                }
            }

            catalog = catalog.With(changed, products.Where(p => changed.Contains(p.Key)).ToDictionary());
            var rebuilt = new IndexedCatalog([.. products.Values.OrderBy(p => p.Id)]);
            Assert.Equal(products.Count, catalog.Count);
            foreach (var (query, sort, skip) in Queries(random))
            {
                var expected = rebuilt.Find(query, sort, skip, 7);
                var actual = catalog.Find(query, sort, skip, 7);
                Assert.Equal(expected.Total, actual.Total);
                Assert.Equal(expected.PageIds, actual.PageIds);
                Assert.Equal(expected.Counts.Order(), actual.Counts.Order());
            }
        }
    }

    [Fact]
    public void Every_product_is_on_exactly_one_page_in_every_order()
    {
        var random = new Random(9);
        var catalog = new IndexedCatalog([.. Enumerable.Range(1, 101).Select(id => NewProduct(random, id))]);
        foreach (var sort in Enum.GetValues<ProductSort>())
        {
            var query = Query(sort == ProductSort.Relevance ? ["o"] : []);
            var total = catalog.Find(query, sort, 0, 5).Total;
            var seen = Enumerable.Range(0, (total + 4) / 5).SelectMany(page => catalog.Find(query, sort, page * 5, 5).PageIds).ToList();
            Assert.Equal(total, seen.Count);
            Assert.Equal(total, seen.Distinct().Count());
        }
    }

    private static IEnumerable<(IndexQuery Query, ProductSort Sort, int Skip)> Queries(Random random)
    {
        foreach (var sort in Enum.GetValues<ProductSort>())
        {
            yield return (Query([]), sort, 0);
            yield return (Query([]) with { MinPrice = 1000, MaxPrice = 3000, InStockOnly = true }, sort, random.Next(0, 30));
            yield return (Query([]) with { CategoryIds = new HashSet<int> { 2, 3 } }, sort, 0);
            yield return (Query([]) with { Attributes = new Dictionary<int, IReadOnlyList<string>> { [1] = ["Red", "Blue"], [2] = ["Yes"] } }, sort, 0);
            var words = SearchText.Words(Words[random.Next(Words.Length)]);
            yield return (Query(words), sort, random.Next(0, 10));
        }
    }

    private static IndexQuery Query(IReadOnlyList<string> words) =>
        new(words, string.Join(' ', words), null, null, null, false, new Dictionary<int, IReadOnlyList<string>>());

    private static IndexedProduct NewProduct(Random random, int id)
    {
        var name = SearchText.Normalize($"{Words[random.Next(Words.Length)]} {Words[random.Next(Words.Length)]} {random.Next(1000)}");
        (int, string)[] values = random.Next(4) == 0
            ? []
            : [(1, Colours[random.Next(Colours.Length)]), (2, random.Next(2) == 0 ? "Yes" : "No")];
        return new IndexedProduct(
            id,
            name,
            random.Next(1, 50) * 100,
            random.Next(0, 3),
            new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(random.Next(0, 500)),
            random.Next(5) == 0 ? [] : [random.Next(1, 5)],
            values);
    }
}
