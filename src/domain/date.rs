//! Calendar dates as the content writes them (`2024-03-08`, no time, no
//! zone) and the periods of the freshness rules (`14d`, `6m`).

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize};

/// A calendar date, written in TOML as a bare local date (`2024-03-08`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Date {
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (1..=days)
            .contains(&day)
            .then_some(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse(s: &str) -> Option<Date> {
        let mut it = s.split('-');
        let (y, m, d) = (it.next()?, it.next()?, it.next()?);
        if it.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
    }
}

impl Date {
    /// Days since 1970-01-01 (negative before).
    pub fn days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` days after 1970-01-01.
    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// The date a period after this one; month ends clamp (Jan 31 + 1m = Feb 28/29).
    pub fn plus(self, period: Period) -> Date {
        match period {
            Period::Days(n) => Date::from_days(self.days() + i64::from(n)),
            Period::Months(n) => {
                let total = self.year * 12 + i32::from(self.month) - 1 + n as i32;
                let (year, month) = (total.div_euclid(12), (total.rem_euclid(12) + 1) as u8);
                let day = (1..=self.day)
                    .rev()
                    .find(|&d| Date::new(year, month, d).is_some())
                    .unwrap_or(1);
                Date { year, month, day }
            }
        }
    }
}

/// Which day "today" is: a day given outright (`--today`), the day of a
/// fixed instant in the site's time zone (`GONGKAI_NOW`, or the moment a
/// command started), or the clock read again each time (`serve`, which runs
/// past midnight). The machine's own time zone never enters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Today {
    On(Date),
    At(jiff::Timestamp),
    Clock,
}

impl Today {
    /// The date in the time zone `tz`.
    pub fn date_in(&self, tz: &jiff::tz::TimeZone) -> Date {
        let at = match self {
            Today::On(date) => return *date,
            Today::At(at) => *at,
            Today::Clock => jiff::Timestamp::now(),
        };
        let d = at.to_zoned(tz.clone()).date();
        // jiff's dates are always real calendar dates.
        Date::new(i32::from(d.year()), d.month() as u8, d.day() as u8)
            .unwrap_or(Date::from_days(at.as_second().div_euclid(86_400)))
    }

    /// Parses an instant with its offset, as `GONGKAI_NOW` gives it:
    /// `2026-12-01T19:47:00Z` or `2026-12-02T03:47:00+08:00`.
    pub fn parse_instant(s: &str) -> Result<Today, String> {
        s.trim()
            .parse::<jiff::Timestamp>()
            .map(Today::At)
            .map_err(|e| format!("`{s}` is not an instant such as 2026-12-02T03:47:00+08:00: {e}"))
    }
}

/// A span of time written as `14d`, `2w`, `6m` or `1y`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    Days(u32),
    Months(u32),
}

impl Period {
    pub fn parse(s: &str) -> Option<Period> {
        let s = s.trim();
        let (num, unit) = s.split_at(s.len().checked_sub(1)?);
        let n: u32 = num.parse().ok().filter(|&n| n > 0)?;
        Some(match unit {
            "d" => Period::Days(n),
            "w" => Period::Days(n * 7),
            "m" => Period::Months(n),
            "y" => Period::Months(n * 12),
            _ => return None,
        })
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        use serde::de::Error;
        let dt = toml::value::Datetime::deserialize(d).map_err(|_| {
            D::Error::custom("expected a date such as 2024-03-08 (a TOML date, without quotes)")
        })?;
        match (dt.date, dt.time, dt.offset) {
            (Some(date), None, None) => Date::new(i32::from(date.year), date.month, date.day)
                .ok_or_else(|| D::Error::custom(format!("{dt} is not a real calendar date"))),
            _ => Err(D::Error::custom(format!(
                "expected a date without time, such as 2024-03-08, found {dt}"
            ))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_validate_the_calendar() {
        assert_eq!(
            Date::parse("2024-02-29").map(|d| d.to_string()).as_deref(),
            Some("2024-02-29")
        );
        assert!(Date::parse("2023-02-29").is_none());
        assert!(Date::parse("2024-13-01").is_none());
        assert!(Date::parse("2024-3-1").is_none());
    }

    #[test]
    fn day_arithmetic_round_trips_and_months_clamp() {
        for s in [
            "1970-01-01",
            "2000-02-29",
            "2024-03-08",
            "1969-12-31",
            "2100-03-01",
        ] {
            let d = Date::parse(s).unwrap();
            assert_eq!(Date::from_days(d.days()), d, "{s}");
        }
        assert_eq!(Date::parse("1970-01-02").unwrap().days(), 1);
        let jan31 = Date::parse("2024-01-31").unwrap();
        assert_eq!(
            jan31.plus(Period::parse("1m").unwrap()).to_string(),
            "2024-02-29"
        );
        assert_eq!(
            jan31.plus(Period::parse("2w").unwrap()).to_string(),
            "2024-02-14"
        );
        assert_eq!(
            jan31.plus(Period::parse("1y").unwrap()).to_string(),
            "2025-01-31"
        );
        assert!(
            Period::parse("6").is_none()
                && Period::parse("0d").is_none()
                && Period::parse("3x").is_none()
        );
    }

    #[test]
    fn today_is_the_sites_day_not_utcs() {
        let shanghai = jiff::tz::TimeZone::get("Asia/Shanghai").unwrap();
        // 03:47 in Beijing on 2 December is still 1 December in UTC.
        let now = Today::parse_instant("2026-12-01T19:47:00Z").unwrap();
        assert_eq!(now.date_in(&shanghai).to_string(), "2026-12-02");
        assert_eq!(
            now.date_in(&jiff::tz::TimeZone::UTC).to_string(),
            "2026-12-01"
        );
        let same = Today::parse_instant("2026-12-02T03:47:00+08:00").unwrap();
        assert_eq!(same, now);
        let given = Today::On(Date::new(2020, 5, 1).unwrap());
        assert_eq!(given.date_in(&shanghai).to_string(), "2020-05-01");
        assert!(Today::parse_instant("2026-12-02").is_err());
    }

    #[test]
    fn toml_dates_deserialize_and_times_are_refused() {
        #[derive(Deserialize)]
        struct T {
            d: Date,
        }
        let t: T = toml::from_str("d = 2024-03-08").unwrap();
        assert_eq!(t.d, Date::new(2024, 3, 8).unwrap());
        assert!(toml::from_str::<T>("d = 2024-03-08T10:00:00").is_err());
        assert!(toml::from_str::<T>("d = \"2024-03-08\"").is_err());
    }
}
