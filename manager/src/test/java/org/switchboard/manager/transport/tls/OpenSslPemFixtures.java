package org.switchboard.manager.transport.tls;

/**
 * Fixed key material made once with OpenSSL 3.0 and pasted here, so that PEM and DER handling is
 * tested against real OpenSSL output without generating anything at test time.
 */
final class OpenSslPemFixtures {

    /** A 1024-bit RSA key, PKCS#1 ({@code openssl genrsa -traditional 1024}). */
    static final String RSA_PKCS1 = """
            -----BEGIN RSA PRIVATE KEY-----
            MIICXQIBAAKBgQC4wo/shB60WZHHR6fGFNzItk7rWdGdvX/N5+/VdmoGNjP4cJuG
            RIHliEZS/eUEX8Q42yoKqbgA9oZi+fhLhRQrZapgfCFpZ7x8ZwuqDOhdh8DPW85C
            CFEfyahe8CceKAmi8V9jLnk7GbSCMFH55njPVc1qc0Ks+z0+OlBWKIiI0QIDAQAB
            AoGAYNjTuoWy1pSQ3qXH4wPyi19M1P866nV3tcYbKIiuoNzutw7H50Sn1lptink9
            /+H3KFpxmi9GnXKcFOu05Fk4rXW3rh1HDXlFyToZiulnrWLHyJiFOXYNpftAJgDU
            tKQWOZa4XdZDW9GCMF8gNq53X0VYaYyOcxH439tnWAuFcAECQQDwL5iXayJlHqDF
            Ebiw/83EDi6zb8QTCUnxBV6iTJbvOg5cPM6HVs5SHRdvGlBU5z2zexRzwi2lIT6h
            YCQGDgMBAkEAxOy/BLHnpsaWStV48R3FTdAJuMW7lZ4weKVgYimgzILmu/m3i8yG
            TcuVCvGOFJcMT8rpJ1zow8Q+lHr+hdkV0QJAeJMsQzdhOOo7QzM2SITiQz3ra+D7
            yaKsH/bWHxvb2ZSHiP5tn7uQL+Cy1u+azESZ0PREvCgKyg76ZgDhlLiMAQJBAMEl
            D2m0cGfkSU6WuCuNrpJWZOKklgr2f8YlNjaxa7SLA3IFSGBGtseg0MtOBrPtPrcY
            Zrwj5Wz1kweg5vky5bECQQDJxDtds6j31DDj1wp9fqVZtaDk0kgrl579iQL/AMOU
            gK6CrJbaY2SivaEynSoor06JgZz721vaZGBWQr59uR+t
            -----END RSA PRIVATE KEY-----
            """;

    /** The same RSA key as PKCS#8 ({@code openssl pkcs8 -topk8 -nocrypt}). */
    static final String RSA_PKCS8 = """
            -----BEGIN PRIVATE KEY-----
            MIICdwIBADANBgkqhkiG9w0BAQEFAASCAmEwggJdAgEAAoGBALjCj+yEHrRZkcdH
            p8YU3Mi2TutZ0Z29f83n79V2agY2M/hwm4ZEgeWIRlL95QRfxDjbKgqpuAD2hmL5
            +EuFFCtlqmB8IWlnvHxnC6oM6F2HwM9bzkIIUR/JqF7wJx4oCaLxX2MueTsZtIIw
            UfnmeM9VzWpzQqz7PT46UFYoiIjRAgMBAAECgYBg2NO6hbLWlJDepcfjA/KLX0zU
            /zrqdXe1xhsoiK6g3O63DsfnRKfWWm2KeT3/4fcoWnGaL0adcpwU67TkWTitdbeu
            HUcNeUXJOhmK6WetYsfImIU5dg2l+0AmANS0pBY5lrhd1kNb0YIwXyA2rndfRVhp
            jI5zEfjf22dYC4VwAQJBAPAvmJdrImUeoMURuLD/zcQOLrNvxBMJSfEFXqJMlu86
            Dlw8zodWzlIdF28aUFTnPbN7FHPCLaUhPqFgJAYOAwECQQDE7L8EseemxpZK1Xjx
            HcVN0Am4xbuVnjB4pWBiKaDMgua7+beLzIZNy5UK8Y4UlwxPyuknXOjDxD6Uev6F
            2RXRAkB4kyxDN2E46jtDMzZIhOJDPetr4PvJoqwf9tYfG9vZlIeI/m2fu5Av4LLW
            75rMRJnQ9ES8KArKDvpmAOGUuIwBAkEAwSUPabRwZ+RJTpa4K42uklZk4qSWCvZ/
            xiU2NrFrtIsDcgVIYEa2x6DQy04Gs+0+txhmvCPlbPWTB6Dm+TLlsQJBAMnEO12z
            qPfUMOPXCn1+pVm1oOTSSCuXnv2JAv8Aw5SAroKsltpjZKK9oTKdKiivTomBnPvb
            W9pkYFZCvn25H60=
            -----END PRIVATE KEY-----
            """;

    /** A P-256 key, SEC1 ({@code openssl ecparam -name prime256v1 -genkey -noout}). */
    static final String EC_SEC1 = """
            -----BEGIN EC PRIVATE KEY-----
            MHcCAQEEIO2akkTCSbtQM8JDcvi8fvZiJW7wthGjz50dP999tgbaoAoGCCqGSM49
            AwEHoUQDQgAE1IzDqx58AmJNpNDZDac6J0VVQmtjCoTSzxiyXm6dT//9sfEj7yJ0
            /vTMY59jHeGZ2GT/EQ0Kt1OVuO0O6JL6zw==
            -----END EC PRIVATE KEY-----
            """;

    /** The same P-256 key as PKCS#8. */
    static final String EC_PKCS8 = """
            -----BEGIN PRIVATE KEY-----
            MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg7ZqSRMJJu1AzwkNy
            +Lx+9mIlbvC2EaPPnR0/3322BtqhRANCAATUjMOrHnwCYk2k0NkNpzonRVVCa2MK
            hNLPGLJebp1P//2x8SPvInT+9Mxjn2Md4ZnYZP8RDQq3U5W47Q7okvrP
            -----END PRIVATE KEY-----
            """;

    /** Another P-256 key as {@code openssl ecparam -genkey} writes it: an EC PARAMETERS block first. */
    static final String EC_SEC1_AFTER_PARAMETERS = """
            -----BEGIN EC PARAMETERS-----
            BggqhkjOPQMBBw==
            -----END EC PARAMETERS-----
            -----BEGIN EC PRIVATE KEY-----
            MHcCAQEEIJhgddSq8/J0Jr4CdgST0nIZH+feJcNCyp/+0wowULxOoAoGCCqGSM49
            AwEHoUQDQgAELv0l3anNcNOgT4KIoLkFCd7nmjHXyQZmAe2ESKYPw0qZzUT2Ft97
            p37QqerBeYO7hj8RflRrWLinK3mu8unmjg==
            -----END EC PRIVATE KEY-----
            """;

    /** A self-signed certificate for {@link #EC_SEC1} (CN switchboard-test, SAN 127.0.0.1 and localhost, 100 years). */
    static final String EC_CERT = """
            -----BEGIN CERTIFICATE-----
            MIIBqTCCAU+gAwIBAgIUNdtGkXK9OITsYuoCRx2aT7vWalAwCgYIKoZIzj0EAwIw
            GzEZMBcGA1UEAwwQc3dpdGNoYm9hcmQtdGVzdDAgFw0yNjExMjIxMjI0NTVaGA8y
            MTI2MTAyOTEyMjQ1NVowGzEZMBcGA1UEAwwQc3dpdGNoYm9hcmQtdGVzdDBZMBMG
            ByqGSM49AgEGCCqGSM49AwEHA0IABNSMw6sefAJiTaTQ2Q2nOidFVUJrYwqE0s8Y
            sl5unU///bHxI+8idP70zGOfYx3hmdhk/xENCrdTlbjtDuiS+s+jbzBtMB0GA1Ud
            DgQWBBSpkqQnEz4a+DUahVImkd0WEjb3UDAfBgNVHSMEGDAWgBSpkqQnEz4a+DUa
            hVImkd0WEjb3UDAPBgNVHRMBAf8EBTADAQH/MBoGA1UdEQQTMBGHBH8AAAGCCWxv
            Y2FsaG9zdDAKBggqhkjOPQQDAgNIADBFAiEAxu1uf2he+O3KqW18I8De+U05Lg8o
            neMI0TdJwzDdqHkCID+o6C7WlX0v+m+znODV2GX+DX2cTuKZRb66lyBuy3Hb
            -----END CERTIFICATE-----
            """;

    /** A self-signed certificate for {@link #RSA_PKCS1}. */
    static final String RSA_CERT = """
            -----BEGIN CERTIFICATE-----
            MIICFDCCAX2gAwIBAgIUcU/OXCG0uY2ClV5aVkmBh5MzGzAwDQYJKoZIhvcNAQEL
            BQAwGzEZMBcGA1UEAwwQc3dpdGNoYm9hcmQtdGVzdDAgFw0yNjExMjIxMjI0NTVa
            GA8yMTI2MTAyOTEyMjQ1NVowGzEZMBcGA1UEAwwQc3dpdGNoYm9hcmQtdGVzdDCB
            nzANBgkqhkiG9w0BAQEFAAOBjQAwgYkCgYEAuMKP7IQetFmRx0enxhTcyLZO61nR
            nb1/zefv1XZqBjYz+HCbhkSB5YhGUv3lBF/EONsqCqm4APaGYvn4S4UUK2WqYHwh
            aWe8fGcLqgzoXYfAz1vOQghRH8moXvAnHigJovFfYy55Oxm0gjBR+eZ4z1XNanNC
            rPs9PjpQViiIiNECAwEAAaNTMFEwHQYDVR0OBBYEFL5E+9h23NeVQqQWv/BfkBQC
            obggMB8GA1UdIwQYMBaAFL5E+9h23NeVQqQWv/BfkBQCobggMA8GA1UdEwEB/wQF
            MAMBAf8wDQYJKoZIhvcNAQELBQADgYEAB3Km0i+vTScD3JQ1zoPKYag81AwXaNCI
            88l+23V1snB9VaBm5Bz7C6h+Ycq0oLABxBehhfGfRzpSf7Jv56Fwu646Ss/n8gmS
            nopoc0/MDw6p5WCgMxVoGRWx/v2tLYpcCxrZLBnZU39C1ESusqjvjq+DqHZY8hLn
            gM+/1wrn0YI=
            -----END CERTIFICATE-----
            """;

    /** An RSA key encrypted with a pass phrase ({@code openssl genrsa -traditional -aes128}). */
    static final String RSA_PKCS1_ENCRYPTED = """
            -----BEGIN RSA PRIVATE KEY-----
            Proc-Type: 4,ENCRYPTED
            DEK-Info: AES-128-CBC,B8F8AC097F569AB3411D9C26D7AF3147
            
            nUd3Vun7Y5+Gwk0FIqV3sXfyMBuyQNjWtMgDnHEK9UeUIk8ZpNu8BcUMWcEOJ6z6
            ouxrR5VTNYSMIaDm9W/nmLcqwHObfq8/VHdfAT+BC+gDmSHaB21MEOg898NoyjKa
            wjNo0VhL/UDFfy4EScMSrFaX/oj3ZYPI99t5Esmu9ZWmZhzotb3Ynm81dF8UFXVz
            iirFPDnMwFj/Gar26chLqFkguQER2/0iWPNjPFTuUQMUDVq8MZ+Fdy2IOCXmkGc9
            5ZVVg/u03Irdv0bhMH6W/PIfp4CPt1GS6KB6916v4h2SbbXaxAoryGv1EGKIwM/y
            0xsm0wAWDi6K9ou4VH/UDXlpz3waWM6d83gHn3wwqNYwlxyL/0DU5pvqYxLiQUIO
            DULbxTESUPtN+tf6eJ9sQ/O/FIH7zG6k3I7BxOb+wG+IScKU0vUn7nHG4eMGoMdS
            GEtdfNr68EGoaY9ZoGpGjY0oInpZlBmJsUsOyfBe0esxt27NSrTGnCl5E+AHcsmR
            xD3+EgwzlQfFZEAhOidBFw+32wkCbCWhrC45jyIKRet48n6ZMj+if0qg3wFbLzn3
            mFsfiy2slVGNOwAgEOWpVm3Gy1684dvBJVITK8HA4pxE652NIVwLULYRtbVOKar8
            GSLfkqqt78MlvnMDMJPVlHnwXN8L1MkOqT6Lqq1Ob9kBM8GZ+YHfQZh/kU9oxB79
            aG13+VY3lIOlCVhtjIiaWyWMWyY2rJyz03AQ3WQI3gerdGhjSgbpBixakvzGfK9s
            MQOpZwiHMNfUfTnNGRxSTE3IJD3wzkgWmVVBmuYJucfeZFG5ZLgSla5RjAWaZsxH
            -----END RSA PRIVATE KEY-----
            """;

    private OpenSslPemFixtures() { }
}
