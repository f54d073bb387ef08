namespace Store.Theme;

/// <summary>Marks the theme's assembly: its embedded templates and assets override the modules' own.</summary>
public static class StoreTheme
{
    public static System.Reflection.Assembly Assembly => typeof(StoreTheme).Assembly;
}
