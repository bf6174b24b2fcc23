//! Numbers as news prose states them: cardinals, number words, money, shares and dates.
