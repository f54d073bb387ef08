using System.Security.Cryptography;

namespace Store.Orders.Orders;

/// <summary>
/// Order numbers people can read out on the phone: eight characters in two groups (<c>K7QM-42XP</c>) from an
/// alphabet without 0/O, 1/I/L. Random, so they reveal nothing about sales volume; a unique index catches the
/// rare repeat and the placement draws again.
/// </summary>
internal static class OrderNumbers
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public static string New()
    {
        Span<char> chars = stackalloc char[9];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = i == 4 ? '-' : Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return new string(chars);
    }

    public static bool LooksValid(string? number) => number is { Length: 9 } && number[4] == '-';
}
