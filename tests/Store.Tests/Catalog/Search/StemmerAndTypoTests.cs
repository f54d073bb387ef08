using Store.Catalog.Search;

namespace Store.Tests.Catalog.Search;

/// <summary>The light stemmers and the one-typo rule on their own.</summary>
public sealed class StemmerAndTypoTests
{
    [Theory]
    [InlineData("mugs", "mug")]
    [InlineData("lamps", "lamp")]
    [InlineData("batteries", "battery")]
    [InlineData("boxes", "box")]
    [InlineData("glasses", "glass")]
    [InlineData("benches", "bench")]
    [InlineData("dress", "dress")]
    [InlineData("bus", "bus")]
    [InlineData("cactus", "cactus")]
    [InlineData("mug", "mug")]
    public void English_takes_off_plural_endings(string word, string stem) =>
        Assert.Equal(stem, SearchStemmer.Stem(word, "en"));

    [Theory]
    [InlineData("chevaux", "cheval")]
    [InlineData("bateaux", "bateau")]
    [InlineData("bijoux", "bijou")]
    [InlineData("lampes", "lamp")]
    [InlineData("lampe", "lamp")]
    [InlineData("grandes", "grand")]
    [InlineData("tasses", "tass")]
    [InlineData("bois", "boi")]
    public void French_takes_off_plural_and_feminine_endings(string word, string stem) =>
        Assert.Equal(stem, SearchStemmer.Stem(word, "fr"));

    [Theory]
    [InlineData("ceramc", "ceramic", true)]
    [InlineData("ceramicc", "ceramic", true)]
    [InlineData("ceranic", "ceramic", true)]
    [InlineData("cearmic", "ceramic", true)]
    [InlineData("crmic", "ceramic", false)]
    [InlineData("ceramic", "ceramic", true)]
    public void One_edit_is_one_letter_missing_added_changed_or_two_swapped(string typed, string known, bool within) =>
        Assert.Equal(within, SearchTypos.WithinOneEdit(typed, known));

    [Fact]
    public void Short_words_forgive_only_a_swap_and_the_most_used_word_wins()
    {
        var vocabulary = new Dictionary<string, int> { ["lamp"] = 3, ["lame"] = 1, ["ceramic"] = 2, ["ceramics"] = 5 };

        Assert.Equal("lamp", SearchTypos.Correct("lmap", vocabulary));
        Assert.Null(SearchTypos.Correct("lamb", vocabulary));
        Assert.Null(SearchTypos.Correct("lamp", vocabulary));
        Assert.Equal("ceramics", SearchTypos.Correct("ceramis", vocabulary));
        Assert.Null(SearchTypos.Correct("mgu", vocabulary));
    }

    [Fact]
    public void Numbers_are_never_typos_and_category_words_count_with_product_words()
    {
        var products = new Dictionary<string, int> { ["12345"] = 1, ["planter"] = 1, ["plant"] = 1 };
        var categories = new Dictionary<string, int> { ["plants"] = 1, ["planter"] = 1 };

        Assert.Null(SearchTypos.Correct("12346", products, categories));
        Assert.Null(SearchTypos.Correct("mug12", products, categories));
        Assert.Equal("plants", SearchTypos.Correct("plamts", products, categories));
        Assert.Equal("planter", SearchTypos.Correct("plantr", products, categories));
        Assert.Null(SearchTypos.Correct("plants", products, categories));
    }
}
