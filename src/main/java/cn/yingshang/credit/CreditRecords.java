package cn.yingshang.credit;

/** Where source departments and other modules put credit records. */
public interface CreditRecords {

    /** Records idempotently per (source department, source record id); returns the record's id. */
    long record(NewCreditRecord record);
}
