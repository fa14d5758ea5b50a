-- Schema 0012: the short label of entry 16 of the DSK list (issue 16).
--
-- Never edit this file once shipped: corrections go into a new migration.
--
-- 0008 gave entry 16 a deliberately general label, as its wording had not
-- been found. The entry concerns special-category and Art. 10 data, even not
-- on a large scale, collected again and again by an innovative use of
-- sensors or mobile applications and received and processed by a central
-- body (typical case: telemedicine). The label says that now; the source
-- still asks for a comparison with the DSK's own PDF, as for entries 2 and 15.
UPDATE dpia_criterion SET
    label_de = 'Besondere Kategorien oder Daten nach Art. 10, auch nicht umfangreich, wiederholt über Sensoren oder mobile Anwendungen erhoben und von einer zentralen Stelle empfangen und aufbereitet (z. B. Telemedizin)',
    label_en = 'Special categories or Art. 10 data, even not on a large scale, collected repeatedly through sensors or mobile applications and received and processed by a central body (e.g. telemedicine)',
    source = 'DSK-Liste nach Art. 35 Abs. 4 DSGVO, Version 1.1 vom 17.10.2018, Nr. 16 (Wortlaut nur aus Sekundärquellen wiedergegeben; mit dem PDF der DSK abzugleichen)'
WHERE code = 'dsk-16';
