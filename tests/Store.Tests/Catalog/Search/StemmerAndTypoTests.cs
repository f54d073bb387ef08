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
}
