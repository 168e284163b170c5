package cn.zhaoshang.project.target;

/**
 * How 序时进度 is counted. {@link #MONTH}, as investment-promotion offices count it: by months closed, the share
 * of the year being closed months / 12 and the actual figure the reports of closed months only; a month closes
 * when its reporting deadline (a day of the next month) has come. {@link #DAY}: days gone / days in the year,
 * everything reported so far counted.
 */
public enum ProgressBasis {
    MONTH, DAY
}
