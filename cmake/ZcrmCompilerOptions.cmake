# Warnings for every target of the project; CI adds -DZCRM_WERROR=ON.
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    add_compile_options(-Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
                        -Woverloaded-virtual -Wformat=2)
    if(ZCRM_WERROR)
        add_compile_options(-Werror)
    endif()
elseif(MSVC)
    add_compile_options(/W4 /permissive-)
    if(ZCRM_WERROR)
        add_compile_options(/WX)
    endif()
endif()
